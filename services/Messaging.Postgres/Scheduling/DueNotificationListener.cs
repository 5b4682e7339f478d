using Microsoft.Extensions.Logging;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>
/// Holds a connection that LISTENs on <see cref="ScheduledMessageStore.DueChannel"/> and reports each notified due
/// time (Unix milliseconds, database clock). After every (re)connect it reports <c>null</c>: notifications may
/// have been missed, so the dispatcher should look again.
/// </summary>
internal sealed class DueNotificationListener(NpgsqlDataSource dataSource, ILogger logger)
{
    static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(30);
    static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);

    public async Task RunAsync(Action<long?> onDue, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(onDue, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Scheduler notification listener lost its connection; reconnecting in {Delay}", ReconnectDelay);
                try
                {
                    await Task.Delay(ReconnectDelay, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    async Task ListenAsync(Action<long?> onDue, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        connection.Notification += (_, e) => onDue(long.TryParse(e.Payload, out var dueUnixMs) ? dueUnixMs : null);

        await using (var listen = new NpgsqlCommand($"LISTEN {ScheduledMessageStore.DueChannel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        onDue(null);

        while (true)
        {
            if (!await connection.WaitAsync(KeepAliveInterval, cancellationToken))
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
