using System.Net;

namespace GenerationGateway.Egress;

/// <summary>The system resolver.</summary>
public sealed class DnsEgressNameResolver : IEgressNameResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
