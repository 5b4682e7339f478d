using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>Answers every review command (except a marker) and records it.</summary>
public sealed class ReviewTicketConsumer(TicketLog log) : IConsumer<ReviewTicket>
{
    public async Task Consume(ConsumeContext<ReviewTicket> context)
    {
        log.Add(context.Message.CorrelationId, context.MessageId, context.Message);
        if (context.Message.CorrelationId != Guid.Empty)
        {
            await context.RespondAsync(new TicketReviewed { CorrelationId = context.Message.CorrelationId });
        }
    }
}
