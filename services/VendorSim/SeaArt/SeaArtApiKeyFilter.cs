using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.SeaArt;

/// <summary>Admits requests with <c>Authorization: Bearer {VendorSim:SeaArt:ApiKey}</c>; anything else gets 401.</summary>
public sealed class SeaArtApiKeyFilter(IOptions<SeaArtSimulatorOptions> options) : IEndpointFilter
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
            return SeaArtResults.Error(StatusCodes.Status401Unauthorized, "401", "Missing or invalid API key; send Authorization: Bearer {key}.");
        }

        return await next(context);
    }
}
