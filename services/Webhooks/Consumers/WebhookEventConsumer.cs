using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Webhooks.Delivery;
using MassTransit;

namespace GenerationGateway.Webhooks.Consumers;

/// <summary>
/// Records one lifecycle message and stores its deliveries. Nothing is caught: a failure goes through the endpoint's
/// retry and then to the <c>_error</c> queue; a redelivered message makes the same deliveries (same ids) once.
/// </summary>
public abstract class WebhookEventConsumer<TMessage>(WebhookFanOut fanOut, string? eventType) : IConsumer<TMessage>
    where TMessage : class
{
    public Task Consume(ConsumeContext<TMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var change = Describe(context.Message) with
        {
            MessageId = context.MessageId,
            OccurredAt = context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : null,
        };
        var messageId = context.MessageId ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} without a message id cannot be delivered idempotently.");
        return fanOut.HandleAsync(change, eventType, messageId, context.CancellationToken);
    }

    protected abstract GenerationChange Describe(TMessage message);
}
