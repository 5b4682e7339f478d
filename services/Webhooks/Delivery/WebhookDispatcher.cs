using GenerationGateway.Webhooks.Storage;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Webhooks.Delivery;

/// <summary>
/// The delivery loop of one replica: claims due deliveries (safe across replicas, see <see cref="IWebhookStore.ClaimDueAsync"/>),
/// sends them concurrently, and looks again at once while whole batches come back, else after <c>Webhooks:PollInterval</c>.
/// </summary>
public sealed partial class WebhookDispatcher(
    IWebhookStore store,
    WebhookDeliverer deliverer,
    WebhookMetrics metrics,
    TimeProvider time,
    IOptions<WebhooksOptions> options,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var full = false;
            try
            {
                var due = await store.ClaimDueAsync(time.GetUtcNow(), settings.ClaimLease, settings.BatchSize, stoppingToken);
                await Task.WhenAll(due.Select(delivery => deliverer.DeliverAsync(delivery, stoppingToken)));
                var (pending, oldest) = await store.BacklogAsync(stoppingToken);
                metrics.BacklogSeen(pending, oldest);
                full = due.Count == settings.BatchSize;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop outlives a database blip; claimed deliveries come back after their lease.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogLoopFailed(logger, exception);
            }

            if (!full)
            {
                await Task.Delay(settings.PollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook dispatch round failed; trying again")]
    static partial void LogLoopFailed(ILogger logger, Exception exception);
}
