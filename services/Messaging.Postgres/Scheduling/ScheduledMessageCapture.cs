using MassTransit;
using MassTransit.Scheduling;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>
/// A schedule or cancellation sent from inside a PostgreSQL outbox whose database is the scheduler's own: instead of a message
/// to the scheduler queue (an outbox row, a relay, a broker round trip and a consume with its own transaction), the scheduler's
/// statements ride in the outbox pass's transaction. What is stored is what <see cref="ScheduleMessageConsumer"/> would store.
/// </summary>
internal sealed class ScheduledMessageCapture(ScheduledMessageStore store, PostgresDataSources dataSources, IOptions<PostgresSchedulerOptions> options)
{
    /// <summary>Whether an outbox on <paramref name="connectionStringName"/> shares the scheduler's database (the same pool).</summary>
    public bool Covers(string connectionStringName) => ReferenceEquals(dataSources.Get(connectionStringName), store.Schema.DataSource);

    /// <summary>The statements of a schedule or cancellation sent to the scheduler queue; null for any other message.</summary>
    public async Task<NpgsqlBatchCommand[]?> TryCaptureAsync<T>(SendContext<T> context)
        where T : class
    {
        if (context.Message is not (ScheduleMessage or CancelScheduledMessage) || !IsSchedulerQueue(context.DestinationAddress))
        {
            return null;
        }

        await store.Schema.EnsureCreatedAsync(context.CancellationToken);
        if (context.Message is CancelScheduledMessage cancel)
        {
            return ScheduledMessageStore.CancelCommands(cancel.TokenId);
        }

        // Serialized and read back as the scheduler queue would receive it, so the stored payload and envelope are the same.
        var contentType = context.ContentType ?? context.Serialization.DefaultContentType;
        var body = context.Serializer.GetMessageBody(context);
        var received = context.Serialization.GetMessageDeserializer(contentType).Deserialize(body, context.Headers, context.DestinationAddress);
        if (!received.TryGetMessage<ScheduleMessage>(out var command) || command is null)
        {
            throw new MessageException(typeof(T), "A schedule sent inside the outbox could not be read back.");
        }

        return ScheduledMessageStore.ScheduleCommands(ScheduledMessageRecord.From(command, received, received, context.CancellationToken));
    }

    bool IsSchedulerQueue(Uri? destination) =>
        destination is not null && destination.AbsolutePath.TrimEnd('/').EndsWith("/" + options.Value.QueueName, StringComparison.Ordinal);
}
