using System.Security.Cryptography;
using System.Text;
using GenerationGateway.VendorSim.DashScope.Responses;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.DashScope;

/// <summary>Admits requests with <c>Authorization: Bearer {VendorSim:DashScope:ApiKey}</c>; anything else gets 401 InvalidApiKey.</summary>
public sealed class DashScopeApiKeyFilter(IOptions<DashScopeSimulatorOptions> options) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : string.Empty;
        var accepted = presented.Length > 0 && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(options.Value.ApiKey));
        return accepted
            ? await next(context)
            : DashScopeResults.Error(StatusCodes.Status401Unauthorized, DashScopeErrorCodes.InvalidApiKey, "Invalid API-key provided.");
    }
}
