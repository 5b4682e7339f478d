using System.Security.Cryptography;
using System.Text;
using GenerationGateway.VendorSim.Rodin.Responses;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Rodin;

/// <summary>Admits requests with <c>Authorization: Bearer {VendorSim:Rodin:ApiKey}</c>; anything else gets 401 USER_NOT_FOUND.</summary>
public sealed class RodinApiKeyFilter(IOptions<RodinSimulatorOptions> options) : IEndpointFilter
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
        if (!accepted)
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return RodinResults.Unauthorized();
        }

        return await next(context);
    }
}
