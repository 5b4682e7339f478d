using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>
/// Sends due messages to their destinations. Each cycle claims a batch (rows other replicas hold are skipped),
/// sends it, and deletes the sent rows in the same transaction: at-least-once, never lost. Between cycles it sleeps
/// until the next due time or the poll interval, and a NOTIFY of an earlier due time wakes it at once.
/// </summary>
internal sealed class ScheduledMessageDispatcher(
    ScheduledMessageStore store,
    IBus bus,
    IOptions<PostgresSchedulerOptions> options,
    SchedulerDispatchStatus status,
    ILogger<ScheduledMessageDispatcher> logger) : BackgroundService
{
    static readonly TimeSpan TombstonePurgeInterval = TimeSpan.FromHours(1);
    static readonly TimeSpan FailureDelay = TimeSpan.FromSeconds(2);

    readonly WakeSignal _wake = new();
    readonly PostgresSchedulerOptions _options = options.Value;
    long _plannedWakeUnixMs = long.MaxValue;
    DateTime _nextPurge = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listener = new DueNotificationListener(store.Schema.DataSource, logger).RunAsync(OnDue, stoppingToken);
        try
        {
            await DispatchUntilStoppedAsync(stoppingToken);
        }
        finally
        {
            await listener;
        }
    }

    void OnDue(long? dueUnixMs)
    {
        if (dueUnixMs is null || dueUnixMs.Value < Volatile.Read(ref _plannedWakeUnixMs))
        {
            _wake.Set();
        }
    }

    async Task DispatchUntilStoppedAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Until the next wake is planned, any notification must wake the loop.
                Volatile.Write(ref _plannedWakeUnixMs, long.MaxValue);

                DateTime claimedAt;
                int claimed;
                do
                {
                    (claimedAt, claimed) = await DispatchBatchAsync(stoppingToken);
                }
                while (claimed == _options.BatchSize && !stoppingToken.IsCancellationRequested);

                await PurgeTombstonesIfDueAsync(stoppingToken);

                var (now, nextDue, pending) = await store.GetNextDueAsync(claimedAt, stoppingToken);
                status.ReportPending(pending);
                var delay = nextDue is null ? _options.PollInterval : Clamp(nextDue.Value - now, _options.PollInterval);
                Volatile.Write(ref _plannedWakeUnixMs, new DateTimeOffset(now + delay).ToUnixTimeMilliseconds());
                status.ReportCycle();

                await _wake.WaitAsync(delay, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                status.ReportFailure(ex);
                logger.LogError(ex, "Scheduled message dispatch failed; retrying in {Delay}", FailureDelay);
                await _wake.WaitAsync(FailureDelay, stoppingToken);
            }
        }
    }

    async Task<(DateTime ClaimedAt, int Claimed)> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var claim = await store.ClaimDueAsync(_options.BatchSize, cancellationToken);
        if (claim.Messages.Count == 0)
        {
            return (claim.ClaimedAt, 0);
        }

        var outcomes = await Task.WhenAll(claim.Messages.Select(message => SendAsync(message, cancellationToken)));
        foreach (var (message, error) in claim.Messages.Zip(outcomes))
        {
            if (error is null)
            {
                claim.MarkSent(message.TokenId);
                status.ReportLag(message.DueAt, claim.ClaimedAt);
            }
            else
            {
                claim.MarkFailed(message.TokenId, RetryDelay(message.Attempts), error.Message);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        await claim.CommitAsync(CancellationToken.None);
        status.ReportDispatched(outcomes.Count(error => error is null), outcomes.Count(error => error is not null));
        return (claim.ClaimedAt, claim.Messages.Count);
    }

    async Task<Exception?> SendAsync(ScheduledMessageRecord message, CancellationToken cancellationToken)
    {
        if (message.ExpirationTime is { } expiration && expiration <= DateTime.UtcNow)
        {
            logger.LogWarning("Dropped scheduled message {TokenId} to {Destination}: it expired at {Expiration:O}", message.TokenId, message.Destination, expiration);
            return null;
        }

        try
        {
            var endpoint = await bus.GetSendEndpoint(message.Destination);
            await BoundedSend.SendAsync(
                token => endpoint.Send(new MassTransit.Serialization.SerializedMessageBody(), new ForwardScheduledMessagePipe(message), token),
                BoundedSend.DeliveryTimeout, TimeProvider.System, cancellationToken);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Sending scheduled message {TokenId} to {Destination} failed (attempt {Attempt})", message.TokenId, message.Destination, message.Attempts + 1);
            return ex;
        }
    }

    async Task PurgeTombstonesIfDueAsync(CancellationToken cancellationToken)
    {
        if (DateTime.UtcNow < _nextPurge)
        {
            return;
        }

        var purged = await store.PurgeTombstonesAsync(_options.TombstoneRetention, cancellationToken);
        _nextPurge = DateTime.UtcNow + TombstonePurgeInterval;
        if (purged > 0)
        {
            logger.LogInformation("Purged {Count} scheduler tombstones older than {Retention}", purged, _options.TombstoneRetention);
        }
    }

    TimeSpan RetryDelay(int attempts)
    {
        var seconds = Math.Pow(2, Math.Min(attempts, 16));
        return TimeSpan.FromSeconds(Math.Min(seconds, _options.MaxRetryDelay.TotalSeconds));
    }

    static TimeSpan Clamp(TimeSpan delay, TimeSpan max) => delay < TimeSpan.Zero ? TimeSpan.Zero : delay > max ? max : delay;
}
