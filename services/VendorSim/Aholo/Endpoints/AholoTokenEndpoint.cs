using GenerationGateway.VendorSim.Aholo.Faults;
using GenerationGateway.VendorSim.Aholo.Responses;
using GenerationGateway.VendorSim.Aholo.Uploads;
using GenerationGateway.VendorSim.Downloads;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Aholo.Endpoints;

/// <summary><c>GET upload/token</c>: a fresh single-use token, the upload host and the block size.</summary>
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
            ? baseUrl.For(context.Request, AholoRoutes.UploadHost).AbsoluteUri.TrimEnd('/')
            : settings.GlobalDomain;
        return AholoResults.Ok(new AholoTokenData(storage.IssueToken(), domain, settings.BlockSize));
    }
}
