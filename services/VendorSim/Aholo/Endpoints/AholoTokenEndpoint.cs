using GenerationGateway.VendorSim.Aholo.Faults;
using GenerationGateway.VendorSim.Aholo.Responses;
using GenerationGateway.VendorSim.Aholo.Uploads;
using GenerationGateway.VendorSim.Downloads;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Aholo.Endpoints;

/// <summary>
/// <c>GET upload/token</c>: a fresh single-use token, the upload host and the block size. <c>globalDomain</c> is a bare
/// host with an optional path (<c>127.0.0.1:5080/aholo</c>), as seed 000 reads it: clients build
/// <c>https://{globalDomain}/ous/api/v2/...</c> (the gateway's adapter picks the scheme by a setting).
/// </summary>
public static class AholoTokenEndpoint
{
    public static IResult Handle(
        HttpContext context, AholoScriptedFaults faults, AholoUploadStorage storage, PublicBaseUrl baseUrl, IOptions<AholoSimulatorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (faults.TakeRequestFault(AholoFaultEndpoints.Token) is { } fault)
        {
            return AholoResults.Injected(fault, context);
        }

        var settings = options.Value;
        var domain = string.IsNullOrWhiteSpace(settings.GlobalDomain)
            ? BareHost(baseUrl.For(context.Request, AholoRoutes.UploadHost))
            : settings.GlobalDomain;
        return AholoResults.Ok(new AholoTokenData(storage.IssueToken(), domain, settings.BlockSize));
    }

    /// <summary>The host (with port) and path of <paramref name="origin"/>, without its scheme.</summary>
    public static string BareHost(Uri origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return origin.Authority + origin.AbsolutePath.TrimEnd('/');
    }
}
