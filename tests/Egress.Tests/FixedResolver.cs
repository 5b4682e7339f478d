using System.Net;

namespace GenerationGateway.Egress.Tests;

/// <summary>A resolver that answers one name with the given addresses (a public-looking name that points inward).</summary>
public sealed class FixedResolver(string name, params IPAddress[] addresses) : IEgressNameResolver
{
    int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(string.Equals(host, name, StringComparison.OrdinalIgnoreCase) ? addresses : []);
    }
}
