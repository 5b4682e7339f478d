using GenerationGateway.Messaging.Postgres.Scheduling;
using MassTransit;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>
/// One pass of MassTransit's outbox over a consumed message, inside one PostgreSQL transaction that holds the
/// message's inbox row. Sends and publishes are captured (<see cref="AddSend{T}"/>) and written with the consumed mark,
/// so they commit with the saga change; <see cref="OutboxMessagePipe{TMessage}"/> decides whether this pass consumes,
/// delivers or finishes.
/// </summary>
internal sealed class PostgresOutboxConsumeContext<TMessage> : OutboxConsumeContextProxy<TMessage>
    where TMessage : class
{
    readonly NpgsqlTransaction _transaction;
    readonly InboxKey _inbox;
    readonly InboxState _state;
    readonly IReadOnlyList<PostgresOutboxMessage>? _committed;
    readonly TimeSpan _relayDelay;
    readonly PendingSagaWrites _sagaWrites;
    readonly ScheduledMessageCapture? _scheduler;
    readonly bool _markedInAdvance;
    readonly List<PostgresOutboxMessage> _sent = [];
    readonly List<NpgsqlBatchCommand> _scheduled = [];
    long? _lastSequenceNumber;

    public PostgresOutboxConsumeContext(
        ConsumeContext<TMessage> context,
        OutboxConsumeOptions options,
        IServiceProvider provider,
        NpgsqlTransaction transaction,
        InboxKey inbox,
        InboxState state,
        IReadOnlyList<PostgresOutboxMessage>? committed,
        TimeSpan relayDelay,
        PendingSagaWrites sagaWrites,
        ScheduledMessageCapture? scheduler,
        bool markedInAdvance)
        : base(context, options, provider)
    {
        _transaction = transaction;
        _inbox = inbox;
        _state = state;
        _committed = committed;
        _relayDelay = relayDelay;
        _sagaWrites = sagaWrites;
        _scheduler = scheduler;
        _markedInAdvance = markedInAdvance;
        _lastSequenceNumber = state.LastSequenceNumber;
    }

    public override bool ContinueProcessing { get; set; } = true;

    public override bool IsMessageConsumed => _state.ConsumedAt.HasValue;

    public override bool IsOutboxDelivered => _state.DeliveredAt.HasValue;

    public override int ReceiveCount => _state.ReceiveCount;

    public override long? LastSequenceNumber => _lastSequenceNumber;

    /// <summary>The messages this pass consumed and stored (null when it did not consume).</summary>
    public IReadOnlyList<PostgresOutboxMessage>? Stored { get; private set; }

    /// <summary>Whether this pass ended with every outgoing message delivered (or none to deliver).</summary>
    public bool DeliveredNow { get; private set; }

    public override async Task SetConsumed()
    {
        List<PostgresOutboxMessage> sent;
        List<NpgsqlBatchCommand> scheduled;
        lock (_sent)
        {
            sent = [.. _sent];
            scheduled = [.. _scheduled];
        }

        await OutboxPassCommands.MarkConsumedAsync(_transaction, _inbox, sent, scheduled, _relayDelay, _sagaWrites, CancellationToken);
        Stored = sent;
        DeliveredNow = sent.Count == 0;
    }

    /// <summary>Marks the pass delivered; a pass whose lock already marked it (<see cref="OutboxPassCommands.LockAndMarkDeliveredAsync"/>) has nothing to write.</summary>
    public override async Task SetDelivered()
    {
        if (!_markedInAdvance)
        {
            await OutboxPassCommands.MarkDeliveredAsync(_transaction, _inbox, _lastSequenceNumber, CancellationToken);
        }

        DeliveredNow = true;
    }

    public override async Task<List<OutboxMessageContext>> LoadOutboxMessages()
    {
        var limit = Options.MessageDeliveryLimit + 1;
        var messages = _committed is null
            ? await OutboxPassCommands.LoadMessagesAsync(_transaction, _inbox, _lastSequenceNumber, limit, CancellationToken)
            : [.. _committed.Where(m => m.SequenceNumber > (_lastSequenceNumber ?? 0)).Take(limit)];
        return [.. messages];
    }

    public override Task NotifyOutboxMessageDelivered(OutboxMessageContext message)
    {
        _lastSequenceNumber = message.SequenceNumber;
        return Task.CompletedTask;
    }

    public override Task RemoveOutboxMessages() => OutboxPassCommands.RemoveMessagesAsync(_transaction, _inbox, CancellationToken);

    /// <summary>
    /// Captures an outgoing message; a schedule or cancellation for the scheduler on this database becomes its statements instead,
    /// written with the consumed mark (<see cref="ScheduledMessageCapture"/>).
    /// </summary>
    public override async Task AddSend<T>(SendContext<T> context)
    {
        if (_scheduler is not null && await _scheduler.TryCaptureAsync(context) is { } statements)
        {
            lock (_sent)
            {
                _scheduled.AddRange(statements);
            }

            return;
        }

        var message = PostgresOutboxMessage.From(context);
        lock (_sent)
        {
            _sent.Add(message);
        }
    }
}
