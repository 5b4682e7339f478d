namespace GenerationGateway.ServiceDefaults;

/// <summary>What a service's <c>/health/ready</c> says while its broker is unreachable (see <see cref="BusReadinessCheck"/>).</summary>
public enum BrokerOutageReadiness
{
    /// <summary>Not ready (503): a worker that consumes from the broker cannot work, so it leaves the Service.</summary>
    NotReady,

    /// <summary>
    /// Ready but degraded (200): intake stays in the Service and answers each request that needs the broker with 503
    /// and <c>Retry-After</c> (problem details), which a client can act on, rather than a connection refused.
    /// </summary>
    StaysReady,
}
