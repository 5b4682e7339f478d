using System.Net;
using System.Net.Sockets;

namespace GenerationGateway.Egress;

/// <summary>
/// The connect callback of the guarded handler: resolves the host once, checks every address it resolved to and connects
/// only to those checked addresses, so a name that re-resolves to an internal address (DNS rebinding) cannot slip past.
/// </summary>
sealed class EgressConnector(EgressAddressPolicy policy, IEgressNameResolver resolver)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new EgressException(EgressFailure.Unavailable, $"{host} resolved to no address.");
        }

        if (!policy.IsAllowedHost(host, port) && addresses.FirstOrDefault(x => !policy.IsAllowed(x)) is { } denied)
        {
            throw new EgressException(EgressFailure.Refused, $"{host}:{port} resolved to {denied}, which is denied.");
        }

        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw new EgressException(EgressFailure.Unavailable, $"No connection to {host}:{port}.", null, last);
    }
}
