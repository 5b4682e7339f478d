using MassTransit;

namespace GenerationGateway.Benchmarks;

/// <summary>Records how late each scheduled message arrived.</summary>
public sealed class BenchTickConsumer(TickTracker tracker, TimeProvider time) : IConsumer<BenchTick>
{
    public Task Consume(ConsumeContext<BenchTick> context)
    {
        tracker.Received(context.Message.Id, time.GetUtcNow() - context.Message.DueAt);
        return Task.CompletedTask;
    }
}
