using System.Globalization;
using GenerationGateway.ServiceDefaults;

namespace GenerationGateway.Benchmarks;

public sealed record WorkflowFigures(
    MessagingTransport Transport,
    int Generations,
    int Failed,
    TimeSpan Elapsed,
    LatencySummary Latency,
    ProcessFootprint Footprint)
{
    public double PerSecond => Generations / Elapsed.TotalSeconds;

    /// <summary>Messages consumed per generation by type (see <see cref="ConsumeCounter"/>).</summary>
    public string Consumed { get; init; } = "";

    public long AllocatedPerGeneration => Footprint.AllocatedBytes / Generations;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"""
        workflow on {Transport}: {Generations} generations ({Failed} failed) in {Elapsed.TotalSeconds:F1} s = {PerSecond:F1} generations/s
          request → GenerationCompleted: {Latency}
          allocated {AllocatedPerGeneration / 1024.0:F0} KiB per generation; peak working set {Footprint.PeakWorkingSetBytes / 1048576.0:F0} MiB; managed heap after {Footprint.ManagedHeapBytes / 1048576.0:F0} MiB
        {Consumed}
        """);
}
