using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Scheduling;

public sealed class ReminderConsumer(ReminderLog log) : IConsumer<Reminder>
{
    public const string TestHeader = "X-Test-Header";

    public Task Consume(ConsumeContext<Reminder> context)
    {
        log.Add(new ReceivedReminder(
            context.Message.ReminderId,
            context.Message.Text,
            context.GetSchedulingTokenId(),
            context.MessageId,
            context.CorrelationId,
            context.Headers.Get<string>(TestHeader),
            DateTime.UtcNow));
        return Task.CompletedTask;
    }
}
