using GenerationGateway.Contracts;
using GenerationGateway.Intake.Api.Storage;
using MassTransit;

namespace GenerationGateway.Intake.Api.Consumers;

/// <summary>Frees a generation's in-flight slot and records how it ended when its terminal event arrives (the first of the three counts; repeats change nothing).</summary>
public sealed class GenerationEndedConsumer(IIntakeStore store, ILogger<GenerationEndedConsumer> logger) :
    IConsumer<GenerationCompleted>,
    IConsumer<GenerationFailed>,
    IConsumer<GenerationCancelled>
{
    public Task Consume(ConsumeContext<GenerationCompleted> context) =>
        EndAsync(context.Message.GenerationId, TerminalStatus.Completed, context.CancellationToken);

    public Task Consume(ConsumeContext<GenerationFailed> context) =>
        EndAsync(context.Message.GenerationId, TerminalStatus.Failed, context.CancellationToken);

    public Task Consume(ConsumeContext<GenerationCancelled> context) =>
        EndAsync(context.Message.GenerationId, TerminalStatus.Cancelled, context.CancellationToken);

    async Task EndAsync(Guid generationId, TerminalStatus status, CancellationToken cancellationToken)
    {
        await store.MarkEndedAsync(generationId, status, cancellationToken);
        logger.LogDebug("In-flight slot of {GenerationId} released ({Status})", generationId, status);
    }
}
