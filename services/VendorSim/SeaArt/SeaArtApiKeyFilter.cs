using GenerationGateway.VendorSim.Authentication;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.SeaArt;

/// <summary>Admits requests with <c>Authorization: Bearer {VendorSim:SeaArt:ApiKey}</c>; anything else gets 401.</summary>
public sealed class SeaArtApiKeyFilter(IOptions<SeaArtSimulatorOptions> options) : BearerKeyFilter
{
    protected override string ApiKey => options.Value.ApiKey;

    protected override IResult Reject(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return SeaArtResults.Error(StatusCodes.Status401Unauthorized, "401", "Missing or invalid API key; send Authorization: Bearer {key}.");
    }
}
