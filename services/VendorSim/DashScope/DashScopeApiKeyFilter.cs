using GenerationGateway.VendorSim.Authentication;
using GenerationGateway.VendorSim.DashScope.Responses;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.DashScope;

/// <summary>Admits requests with <c>Authorization: Bearer {VendorSim:DashScope:ApiKey}</c>; anything else gets 401 InvalidApiKey.</summary>
public sealed class DashScopeApiKeyFilter(IOptions<DashScopeSimulatorOptions> options) : BearerKeyFilter
{
    protected override string ApiKey => options.Value.ApiKey;

    protected override IResult Reject(HttpContext context) =>
        DashScopeResults.Error(StatusCodes.Status401Unauthorized, DashScopeErrorCodes.InvalidApiKey, "Invalid API-key provided.");
}
