using System.Net;

namespace GenerationGateway.Egress;

/// <summary>Resolves a host name to the addresses the guard checks and then connects to (DNS by default).</summary>
public interface IEgressNameResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
