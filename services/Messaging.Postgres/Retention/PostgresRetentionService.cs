using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Messaging.Postgres.Retention;

/// <summary>Runs <see cref="PostgresRetention"/> every <see cref="PostgresRetentionOptions.Interval"/> on the process clock.</summary>
internal sealed class PostgresRetentionService(
    PostgresRetention retention,
    IEnumerable<IPostgresRetentionTask> tasks,
    IOptions<PostgresRetentionOptions> options,
    TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!tasks.Any())
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
                await retention.RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
