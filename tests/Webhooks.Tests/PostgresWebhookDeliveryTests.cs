using GenerationGateway.TestSupport.Infrastructure;

namespace GenerationGateway.Webhooks.Tests;

/// <summary>The same rules on PostgreSQL (a database per test), plus what only a shared database has to hold: replicas.</summary>
public sealed class PostgresWebhookDeliveryTests : WebhookDeliverySpecs
{
    readonly List<PostgresDatabase> _databases = [];

    protected override async Task<DeliveryHost> CreateHostAsync(IReadOnlyDictionary<string, string?>? settings)
    {
        var database = await PostgresDatabase.CreateAsync("webhooks_test", maxPoolSize: 8);
        _databases.Add(database);
        return await DeliveryHost.OnPostgresAsync(database.ConnectionString, settings);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_replicas_claiming_at_once_never_get_the_same_delivery_and_a_dead_replicas_claim_comes_back_after_the_lease()
    {
        var database = await PostgresDatabase.CreateAsync("webhooks_test", maxPoolSize: 8);
        _databases.Add(database);
        using var first = await DeliveryHost.OnPostgresAsync(database.ConnectionString);
        using var second = await DeliveryHost.OnPostgresAsync(database.ConnectionString);
        var tenant = $"tenant-{Guid.NewGuid():N}";
        await first.AddEndpointAsync(tenant, Receiver.Hook);
        for (var i = 0; i < 20; i++)
        {
            await first.CompleteGenerationAsync(tenant);
        }

        var now = first.Time.GetUtcNow();
        var lease = TimeSpan.FromMinutes(1);
        var claims = await Task.WhenAll(
            first.Store.ClaimDueAsync(now, lease, 15, CancellationToken.None),
            second.Store.ClaimDueAsync(now, lease, 15, CancellationToken.None));

        var ids = claims.SelectMany(claim => claim.Select(delivery => delivery.Id)).ToList();
        Assert.Equal(20, ids.Count);
        Assert.Equal(20, ids.Distinct().Count());
        Assert.Empty(await first.Store.ClaimDueAsync(now + lease - TimeSpan.FromSeconds(1), lease, 50, CancellationToken.None));
        Assert.Equal(20, (await second.Store.ClaimDueAsync(now + lease, lease, 50, CancellationToken.None)).Count);
    }
}
