using GenerationGateway.Contracts;
using MassTransit;

namespace GenerationGateway.Benchmarks;

/// <summary>A subscriber like any other system's: it sees the terminal events on the bus.</summary>
public sealed class CompletionProbe(CompletionTracker tracker) : IConsumer<GenerationCompleted>, IConsumer<GenerationFailed>
{
    public Task Consume(ConsumeContext<GenerationCompleted> context)
    {
        tracker.Ended(context.Message.GenerationId, completed: true);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<GenerationFailed> context)
    {
        tracker.Ended(context.Message.GenerationId, completed: false);
        return Task.CompletedTask;
    }
}
