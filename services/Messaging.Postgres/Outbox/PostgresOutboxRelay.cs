using MassTransit;
using MassTransit.Middleware;
using MassTransit.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>
/// Delivers what a crash (or a failed send) left in the outbox: claims inbox rows older than the relay delay with
/// <c>FOR UPDATE SKIP LOCKED</c>, sends their messages in sequence order and marks them delivered in the same
/// transaction, so any number of replicas share the work and each message goes out once. It also prunes old inbox rows.
/// </summary>
internal sealed class PostgresOutboxRelay(
    IEnumerable<PostgresOutboxDatabase> databases,
    IServiceProvider provider,
    IBus bus,
    IOptions<PostgresOutboxOptions> options,
    PostgresOutboxRelayStatus status,
    ILogger<PostgresOutboxRelay> logger) : BackgroundService
{
    static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);
    static readonly TimeSpan FailureDelay = TimeSpan.FromSeconds(2);

    readonly PostgresOutboxOptions _options = options.Value;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.RelayEnabled)
        {
            logger.LogInformation("The outbox relay is disabled in this process ({Section}:RelayEnabled)", PostgresOutboxOptions.SectionName);
            return Task.CompletedTask;
        }

        var stores = databases.Select(d => d.ConnectionStringName).Distinct(StringComparer.Ordinal)
            .Select(name => provider.GetRequiredKeyedService<PostgresOutboxStore>(name));
        return Task.WhenAll(stores.Select(store => RelayUntilStoppedAsync(store, stoppingToken)));
    }

    async Task RelayUntilStoppedAsync(PostgresOutboxStore store, CancellationToken stoppingToken)
    {
        var nextPrune = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RelayBatchAsync(store, stoppingToken) == _options.RelayBatchSize && !stoppingToken.IsCancellationRequested)
                {
                }

                status.ReportBacklog(store.DatabaseName, await store.CountUndeliveredAsync(stoppingToken));

                if (DateTime.UtcNow >= nextPrune)
                {
                    var pruned = await store.PruneInboxAsync(_options.InboxRetention, stoppingToken);
                    nextPrune = DateTime.UtcNow + PruneInterval;
                    logger.LogDebug("Pruned {Count} inbox rows older than {Retention}", pruned, _options.InboxRetention);
                }

                status.ReportCycle();
                await Task.Delay(_options.RelayPollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                status.ReportFailure(ex);
                logger.LogError(ex, "Outbox relay failed; retrying in {Delay}", FailureDelay);
                try
                {
                    await Task.Delay(FailureDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    async Task<int> RelayBatchAsync(PostgresOutboxStore store, CancellationToken cancellationToken)
    {
        await using var claim = await store.ClaimUndeliveredAsync(_options.RelayBatchSize, cancellationToken);
        int sent = 0, failed = 0;
        foreach (var entry in claim.Entries)
        {
            long? lastSent = null;
            Exception? error = null;
            foreach (var message in entry.Messages)
            {
                error = await SendAsync(message, cancellationToken);
                if (error is not null)
                {
                    break;
                }

                lastSent = message.SequenceNumber;
                sent++;
            }

            if (error is null)
            {
                claim.MarkDelivered(entry, lastSent);
            }
            else
            {
                failed++;
                claim.MarkFailed(entry, lastSent, RetryDelay(entry.RelayAttempts), error.Message);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        await claim.CommitAsync(CancellationToken.None);
        status.ReportRelayed(sent, failed);
        if (sent > 0)
        {
            logger.LogInformation("Outbox relay delivered {Count} messages left undelivered by {Consumed} consumed messages", sent, claim.Entries.Count);
        }

        return claim.Entries.Count;
    }

    async Task<Exception?> SendAsync(PostgresOutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.ExpirationTime is { } expiration && expiration <= DateTime.UtcNow)
        {
            logger.LogWarning("Dropped outbox message {MessageId} to {Destination}: it expired at {Expiration:O}", message.MessageId, message.DestinationAddress, expiration);
            return null;
        }

        try
        {
            var endpoint = await bus.GetSendEndpoint(message.DestinationAddress);
            await BoundedSend.SendAsync(
                token => endpoint.Send(new SerializedMessageBody(), new OutboxMessageSendPipe(message, message.DestinationAddress), token),
                BoundedSend.DeliveryTimeout, TimeProvider.System, cancellationToken);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Relaying outbox message {MessageId} to {Destination} failed", message.MessageId, message.DestinationAddress);
            return ex;
        }
    }

    TimeSpan RetryDelay(int attempts)
    {
        var seconds = Math.Pow(2, Math.Min(attempts, 16));
        return TimeSpan.FromSeconds(Math.Min(seconds, _options.MaxRetryDelay.TotalSeconds));
    }
}
