using GenerationGateway.ServiceDefaults;

namespace GenerationGateway.Benchmarks;

/// <summary>
/// The speed and memory targets, for one adapter process on a 2-core machine with RabbitMQ and PostgreSQL on the
/// same machine. Set below the figures measured when they were written, with room for a loaded machine.
/// </summary>
public static class BenchmarkTargets
{
    public static double MinGenerationsPerSecond(MessagingTransport transport) =>
        transport == MessagingTransport.InMemory ? 100 : 20;

    /// <summary>The asset passes through once (streamed to the store); the rest is per-generation overhead.</summary>
    public static double MaxAllocatedKilobytesPerGeneration(int assetKilobytes) => assetKilobytes + 2048;

    public const double MinScheduledDispatchPerSecond = 200;

    public const double MaxFirstDispatchLatenessMilliseconds = 1000;
}
