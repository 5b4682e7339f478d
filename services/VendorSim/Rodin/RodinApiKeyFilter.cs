using GenerationGateway.VendorSim.Authentication;
using GenerationGateway.VendorSim.Rodin.Responses;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Rodin;

/// <summary>Admits requests with <c>Authorization: Bearer {VendorSim:Rodin:ApiKey}</c>; anything else gets 401 USER_NOT_FOUND.</summary>
public sealed class RodinApiKeyFilter(IOptions<RodinSimulatorOptions> options) : BearerKeyFilter
{
    protected override string ApiKey => options.Value.ApiKey;

    protected override IResult Reject(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return RodinResults.Unauthorized();
    }
}
