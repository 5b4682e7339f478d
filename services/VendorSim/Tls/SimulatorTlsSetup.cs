using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Tls;

/// <summary>
/// When <see cref="VendorSimOptions.TlsCertificatePath"/> is set, every plain-http listen address of this host also
/// accepts TLS (<see cref="TlsSniffingMiddleware"/>) with a certificate made at start, whose PEM is written to that path
/// (<c>REQUESTS_CA_BUNDLE=&lt;path&gt;</c> for a seed's Python client). Hosts that listen on https are left alone.
/// </summary>
sealed class SimulatorTlsSetup(IConfiguration configuration, TimeProvider time) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = configuration[$"{VendorSimOptions.SectionName}:{nameof(VendorSimOptions.TlsCertificatePath)}"];
        var urls = configuration[WebHostDefaults.ServerUrlsKey] ?? "";
        if (string.IsNullOrWhiteSpace(path) || urls.Contains("https://", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var certificate = SimulatorCertificate.Create(time);
        SimulatorCertificate.Export(certificate, path);
        options.ConfigureEndpointDefaults(listen => listen.Use(next => new TlsSniffingMiddleware(next, certificate).OnConnectionAsync));
    }
}
