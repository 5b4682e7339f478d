using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>Records the saga's published events.</summary>
public sealed class TicketEventConsumer(TicketLog log)
    : IConsumer<TicketOpened>, IConsumer<TicketClosed>, IConsumer<TicketNudged>, IConsumer<TicketEscalated>
{
    public Task Consume(ConsumeContext<TicketOpened> context) => Record(context);

    public Task Consume(ConsumeContext<TicketClosed> context) => Record(context);

    public Task Consume(ConsumeContext<TicketNudged> context) => Record(context);

    public Task Consume(ConsumeContext<TicketEscalated> context) => Record(context);

    Task Record<T>(ConsumeContext<T> context)
        where T : class
    {
        var correlationId = context.Message switch
        {
            TicketOpened opened => opened.CorrelationId,
            TicketClosed closed => closed.CorrelationId,
            TicketNudged nudged => nudged.CorrelationId,
            TicketEscalated escalated => escalated.CorrelationId,
            _ => Guid.Empty,
        };
        log.Add(correlationId, context.MessageId, context.Message);
        return Task.CompletedTask;
    }
}
