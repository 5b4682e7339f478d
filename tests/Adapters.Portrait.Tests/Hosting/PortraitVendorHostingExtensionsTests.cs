using GenerationGateway.Adapters.Portrait.Client;
using GenerationGateway.Adapters.Portrait.Subjects;
using GenerationGateway.Adapters.Portrait.Tests.Infrastructure;
using GenerationGateway.TestSupport.Infrastructure;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Portrait;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Portrait.Tests.Hosting;

public sealed class PortraitVendorHostingExtensionsTests : IDisposable
{
    readonly PortraitSimulator _simulator = new();
    readonly StubPhotoHost _photos = new();

    public void Dispose()
    {
        _simulator.Dispose();
        _photos.Dispose();
    }

    [Fact]
    public void Registers_the_rules_the_workflow_the_client_and_the_in_memory_store_when_asked()
    {
        using var host = PortraitAdapterHost.Build(_simulator, _photos);

        Assert.IsType<PortraitRequestRules>(Assert.Single(host.Services.GetServices<IVendorRequestRules>()));
        Assert.IsType<PortraitVendorWorkflow>(host.Services.GetRequiredService<PortraitVendorWorkflow>());
        Assert.IsType<PortraitClient>(host.Services.GetRequiredService<IPortraitClient>());
        Assert.IsType<InMemorySubjectModelStore>(host.Services.GetRequiredService<ISubjectModelStore>());
    }

    [Fact]
    public async Task The_postgres_store_is_the_default_and_creates_its_table_at_start()
    {
        await using var database = await PostgresDatabase.CreateAsync("portrait_test");
        using var host = PortraitAdapterHost.Build(_simulator, _photos, new Dictionary<string, string?>
        {
            ["Vendors:Portrait:Persistence"] = null,
            ["ConnectionStrings:Workflow"] = database.ConnectionString,
        });

        await host.StartAsync();
        var tables = await database.ScalarAsync<long>($"SELECT count(*) FROM information_schema.tables WHERE table_name = '{SubjectModelMigrations.Table}'");
        await host.StopAsync();

        Assert.IsType<PostgresSubjectModelStore>(host.Services.GetRequiredService<ISubjectModelStore>());
        Assert.Equal(1, tables);
    }

    [Theory]
    [InlineData("Vendors:Portrait:BaseUrl", null, "Vendors:Portrait:BaseUrl")]
    [InlineData("Vendors:Portrait:BaseUrl", "ftp://portrait.test/", "Vendors:Portrait:BaseUrl")]
    [InlineData("Vendors:Portrait:AppCode", null, "Vendors:Portrait:AppCode")]
    [InlineData("Vendors:Portrait:PublicCallbackBaseUrl", "https://gateway.test", "Vendors:Portrait:CallbackSecret")]
    [InlineData("Vendors:Portrait:Persistence", "Postgres", "ConnectionStrings:Workflow")]
    public async Task Start_fails_naming_the_setting_that_is_missing_or_wrong(string key, string? value, string named)
    {
        using var host = PortraitAdapterHost.Build(_simulator, _photos, new Dictionary<string, string?> { [key] = value });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_base_url_without_the_final_slash_still_reaches_the_api()
    {
        using var host = PortraitAdapterHost.Build(_simulator, _photos, new Dictionary<string, string?>
        {
            ["Vendors:Portrait:BaseUrl"] = _simulator.BaseUrl.AbsoluteUri.TrimEnd('/'),
        });

        var styles = await host.Services.GetRequiredService<IPortraitClient>().GetStylesAsync(CancellationToken.None);

        Assert.NotEmpty(styles);
    }
}
