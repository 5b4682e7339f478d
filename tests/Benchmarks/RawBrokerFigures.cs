using System.Globalization;

namespace GenerationGateway.Benchmarks;

public sealed record RawBrokerFigures(int Messages, TimeSpan Elapsed)
{
    public double PerSecond => Messages / Elapsed.TotalSeconds;

    /// <summary>How many raw publish+consume pairs the broker does in the time the workflow takes for one generation.</summary>
    public double EquivalentsPerGeneration(WorkflowFigures workflow) => PerSecond / workflow.PerSecond;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"raw RabbitMQ: {Messages} persistent messages published (confirms awaited per {RawBrokerBenchmark.ConfirmBatch}) and consumed in {Elapsed.TotalSeconds:F1} s = {PerSecond:F0} messages/s");
}
