using System.Diagnostics;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;
using MassTransit;

namespace GenerationGateway.Results.Api.Consumers;

/// <summary>
/// Records one lifecycle message in the store. Nothing is caught: a failure goes through the endpoint's retry
/// and then to the <c>_error</c> queue.
/// </summary>
public abstract class GenerationEventConsumer<TMessage>(IGenerationStore store, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
{
    public async Task Consume(ConsumeContext<TMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var change = Describe(context.Message) with
        {
            MessageId = context.MessageId,
            OccurredAt = context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : null,
            TraceId = Activity.Current?.TraceId.ToHexString(),
        };

        if (await store.ApplyAsync(change, context.CancellationToken))
        {
            AfterStored();
            logger.LogInformation("Recorded {MessageType} for generation {GenerationId}", typeof(TMessage).Name, change.GenerationId);
        }
        else
        {
            logger.LogInformation("Skipped redelivered {MessageType} {MessageId} for generation {GenerationId}",
                typeof(TMessage).Name, context.MessageId, change.GenerationId);
        }
    }

    /// <summary>Runs after the change committed, before the message is acknowledged.</summary>
    protected virtual void AfterStored()
    {
    }

    /// <summary>What the message says about the generation.</summary>
    protected abstract GenerationChange Describe(TMessage message);
}
