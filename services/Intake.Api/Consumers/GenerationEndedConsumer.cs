using GenerationGateway.Contracts;
using GenerationGateway.Intake.Api.Storage;
using MassTransit;

namespace GenerationGateway.Intake.Api.Consumers;

/// <summary>Frees a generation's in-flight slot when its terminal event arrives (any of the three; repeats change nothing).</summary>
public sealed class GenerationEndedConsumer(IIntakeStore store, ILogger<GenerationEndedConsumer> logger) :
    IConsumer<GenerationCompleted>,
    IConsumer<GenerationFailed>,
    IConsumer<GenerationCancelled>
{
    public Task Consume(ConsumeContext<GenerationCompleted> context) => EndAsync(context.Message.GenerationId, context.CancellationToken);

    public Task Consume(ConsumeContext<GenerationFailed> context) => EndAsync(context.Message.GenerationId, context.CancellationToken);

    public Task Consume(ConsumeContext<GenerationCancelled> context) => EndAsync(context.Message.GenerationId, context.CancellationToken);

    async Task EndAsync(Guid generationId, CancellationToken cancellationToken)
    {
        await store.MarkEndedAsync(generationId, cancellationToken);
        logger.LogDebug("In-flight slot of {GenerationId} released", generationId);
    }
}
