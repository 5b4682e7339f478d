using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;

namespace GenerationGateway.VendorSim.Tls;

/// <summary>
/// Lets one plain-http listen address also answer TLS: a connection whose first byte opens a TLS handshake (0x16) is
/// decrypted with the simulator's certificate, any other goes on as plain HTTP. Seed 000 builds its upload URLs as
/// <c>https://{globalDomain}/ous/api/v2/...</c> while the gateway's adapter reaches the same simulator over http.
/// </summary>
sealed class TlsSniffingMiddleware(ConnectionDelegate next, X509Certificate2 certificate)
{
    const byte TlsHandshake = 0x16;

    public async Task OnConnectionAsync(ConnectionContext connection)
    {
        var input = connection.Transport.Input;
        var first = await input.ReadAtLeastAsync(1, connection.ConnectionClosed);
        var isTls = first.Buffer.Length > 0 && first.Buffer.FirstSpan[0] == TlsHandshake;
        input.AdvanceTo(first.Buffer.Start);
        if (!isTls)
        {
            await next(connection);
            return;
        }

        var transport = connection.Transport;
        await using var tls = new SslStream(new DuplexPipeStream(transport), leaveInnerStreamOpen: true);
        await tls.AuthenticateAsServerAsync(
            new SslServerAuthenticationOptions { ServerCertificate = certificate, ApplicationProtocols = [SslApplicationProtocol.Http11] },
            connection.ConnectionClosed);
        connection.Features.Set<ITlsConnectionFeature>(new TlsConnectionFeature());
        connection.Transport = new StreamDuplexPipe(tls);
        try
        {
            await next(connection);
        }
        finally
        {
            connection.Transport = transport;
        }
    }

    sealed class TlsConnectionFeature : ITlsConnectionFeature
    {
        public X509Certificate2? ClientCertificate { get; set; }

        public Task<X509Certificate2?> GetClientCertificateAsync(CancellationToken cancellationToken) => Task.FromResult(ClientCertificate);
    }
}
