using GenerationGateway.Intake.Api.Quotas;

namespace GenerationGateway.Intake.Api.Tests;

public sealed class PostgresTenantQuotaStoreTests : IAsyncLifetime
{
    QuotaDatabase _database = null!;

    public async Task InitializeAsync() => _database = await QuotaDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Stores_an_override_that_another_replica_reads_and_replaces_it_whole()
    {
        var writer = new PostgresTenantQuotaStore(_database.Replica(), TimeProvider.System);
        var reader = new PostgresTenantQuotaStore(_database.Replica(), TimeProvider.System);
        var tenant = GenerationBodies.NewTenant();
        Assert.Equal(TenantQuotaOverride.None, await reader.GetAsync(tenant, CancellationToken.None));

        var quota = new TenantQuotaOverride { RequestsPerSecond = 2.5, MaxInFlight = 3, MaxInFlightPerVendor = 1, FairShareWeight = 40 };
        await writer.SetAsync(tenant, quota, CancellationToken.None);
        Assert.Equal(quota, await reader.GetAsync(tenant, CancellationToken.None));

        await writer.SetAsync(tenant, new TenantQuotaOverride { MaxInFlight = 9 }, CancellationToken.None);
        Assert.Equal(new TenantQuotaOverride { MaxInFlight = 9 }, await reader.GetAsync(tenant, CancellationToken.None));
        Assert.Equal(TenantQuotaOverride.None, await reader.GetAsync(GenerationBodies.NewTenant(), CancellationToken.None));
    }
}
