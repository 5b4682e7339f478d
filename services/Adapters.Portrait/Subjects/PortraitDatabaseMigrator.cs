namespace GenerationGateway.Adapters.Portrait.Subjects;

/// <summary>Brings the subject store's schema up to date at start, so a bad database stops the adapter early.</summary>
public sealed class PortraitDatabaseMigrator(PortraitDatabase database, ILogger<PortraitDatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.Schema.EnsureCreatedAsync(cancellationToken);
        logger.LogInformation("Portrait subject store schema is up to date");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
