using Microsoft.Extensions.Options;

namespace GenerationGateway.Webhooks.Storage;

/// <summary>Migrates the schema while the host is starting, before any hosted service (the bus included) starts.</summary>
public sealed class WebhooksSchemaMigrator(IServiceProvider services, IOptions<WebhooksOptions> options) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) =>
        options.Value.Persistence == WebhooksPersistence.Postgres
            ? services.GetRequiredService<WebhooksMigrator>().ApplyAsync(cancellationToken)
            : Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
