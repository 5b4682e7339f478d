using System.Globalization;

namespace GenerationGateway.Benchmarks;

public sealed record SchedulerFigures(int Messages, TimeSpan Scheduling, TimeSpan Lead, TimeSpan Drained, LatencySummary Lag, int Duplicates)
{
    public double DispatchedPerSecond => Messages / Drained.TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"""
        scheduler on RabbitMQ + PostgreSQL: {Messages} messages scheduled and stored in {Scheduling.TotalSeconds:F1} s ({Messages / Scheduling.TotalSeconds:F0}/s), all due at the same moment {Lead.TotalSeconds:F0} s after the first
          lateness after the due time: {Lag}
          backlog drained {Drained.TotalSeconds:F2} s after the due time = {DispatchedPerSecond:F0} dispatched/s; {Duplicates} duplicates
        """);
}
