using GenerationGateway.Messaging.Postgres.Scheduling;
using MassTransit;
using MassTransit.Middleware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>
/// Runs MassTransit's outbox passes over one consumed message, each in its own transaction holding the message's inbox
/// row: the first consumes (inbox mark, saga change and outgoing messages commit together), the next delivers right
/// after the commit, a later one only finishes a redelivery. The saga repository joins each pass's transaction through
/// the scoped <see cref="PostgresOutboxTransaction{TSaga}"/>.
/// </summary>
internal sealed class PostgresOutboxContextFactory<TSaga>(
    PostgresOutboxTransaction<TSaga> scopeTransaction,
    PostgresSagaOutbox<TSaga> outbox,
    IServiceProvider provider,
    IOptions<PostgresOutboxOptions> outboxOptions)
    : IOutboxContextFactory<PostgresOutboxTransaction<TSaga>>
    where TSaga : class
{
    readonly PostgresOutboxStore _store = provider.GetRequiredKeyedService<PostgresOutboxStore>(outbox.ConnectionStringName);
    readonly ScheduledMessageCapture? _scheduler =
        provider.GetService<ScheduledMessageCapture>() is { } scheduler && scheduler.Covers(outbox.ConnectionStringName) ? scheduler : null;
    IReadOnlyList<PostgresOutboxMessage>? _committed;

    public async Task Send<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next)
        where T : class
    {
        var messageId = context.GetOriginalMessageId()
            ?? throw new MessageException(typeof(T), "The PostgreSQL outbox needs a MessageId on every consumed message.");
        var inbox = new InboxKey(messageId, outbox.ConsumerId);
        var settings = outboxOptions.Value;
        var firstPass = true;
        var continueProcessing = true;
        while (continueProcessing)
        {
            var pass = await RunPassAsync(context, options, next, inbox, firstPass, settings.RelayDelay);
            firstPass = false;
            if (pass.Stored is { } stored)
            {
                _committed = stored;
                settings.AfterCommit?.Invoke(context);
            }

            // Once everything is delivered and the message counts as consumed, a further pass would only find that out again.
            continueProcessing = pass.ContinueProcessing && !(pass.DeliveredNow && context.ReceiveContext.IsDelivered);
        }
    }

    public void Probe(ProbeContext context)
    {
        var scope = context.CreateFilterScope("outboxContextFactory");
        scope.Add("provider", "postgresql");
        scope.Add("consumerId", outbox.ConsumerId);
    }

    async Task<PostgresOutboxConsumeContext<T>> RunPassAsync<T>(
        ConsumeContext<T> context,
        OutboxConsumeOptions consumeOptions,
        IPipe<OutboxConsumeContext<T>> next,
        InboxKey inbox,
        bool firstPass,
        TimeSpan relayDelay)
        where T : class
    {
        var transaction = await _store.BeginAsync(context.CancellationToken);
        var connection = transaction.Connection!;
        scopeTransaction.Begin(transaction);
        try
        {
            // The delivery pass after this process's own commit knows every message it will send (fewer than the delivery limit,
            // so MassTransit sends them all and marks the pass delivered): lock and mark in one round trip, then sends, then commit.
            var deliverAll = !firstPass && _committed is { Count: > 0 } committed && committed.Count < consumeOptions.MessageDeliveryLimit;
            var state = deliverAll
                ? await OutboxPassCommands.LockAndMarkDeliveredAsync(transaction, inbox, _committed![^1].SequenceNumber, context.CancellationToken)
                : null;
            var markedInAdvance = state is { ConsumedAt: not null, DeliveredAt: null };
            state ??= await OutboxPassCommands.LockInboxAsync(transaction, inbox, firstPass, context.CancellationToken);
            var pass = new PostgresOutboxConsumeContext<T>(
                context, consumeOptions, provider, transaction, inbox, state, _committed, relayDelay, scopeTransaction.Pending, _scheduler, markedInAdvance);
            await next.Send(pass);
            if (markedInAdvance && !pass.DeliveredNow)
            {
                throw new InvalidOperationException($"The outbox pass over message {inbox.MessageId} marked it delivered but did not deliver every message.");
            }

            await scopeTransaction.Pending.FlushAsync(transaction, context.CancellationToken);
            await transaction.CommitAsync(CancellationToken.None);
            return pass;
        }
        finally
        {
            scopeTransaction.End();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
