using GenerationGateway.Adapters.DashScope.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.RateLimiting;
using GenerationGateway.TestSupport.Infrastructure;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.DashScope;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.DashScope.Tests.Flow;

public sealed class DashScopeVendorModuleTests(DashScopeSimulator simulator) : IClassFixture<DashScopeSimulator>
{
    Dictionary<string, string?> Settings(params (string Key, string? Value)[] overrides)
    {
        var settings = DashScopeAdapterHost.Settings(simulator);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public void Registers_the_rules_the_workflow_the_client_and_an_in_memory_limiter_on_the_in_memory_bus()
    {
        using var host = DashScopeAdapterHost.Build(simulator);

        Assert.IsType<DashScopeRequestRules>(Assert.Single(host.Services.GetServices<IVendorRequestRules>()));
        Assert.IsType<DashScopeVendorWorkflow>(host.Services.GetRequiredService<DashScopeVendorWorkflow>());
        Assert.IsType<DashScopeClient>(host.Services.GetRequiredService<IDashScopeClient>());
        Assert.IsType<InMemorySharedRateLimiter>(host.Services.GetRequiredService<ISharedRateLimiter>());
        Assert.Equal(new Uri("https://dashscope.aliyuncs.com/"), new DashScopeOptions().BaseUrl);
        Assert.Equal(18, new DashScopeOptions().TaskQueriesPerSecond);
    }

    [Fact]
    public async Task On_rabbitmq_the_limit_is_shared_through_the_adapters_database()
    {
        await using var database = await PostgresDatabase.CreateAsync("dashscope_hosting");
        using var host = DashScopeAdapterHost.Build(simulator, Settings(
            ("Messaging:Transport", "RabbitMq"), ("ConnectionStrings:Workflow", database.ConnectionString)));

        var limiter = host.Services.GetRequiredService<ISharedRateLimiter>();
        var submitted = await host.Services.GetRequiredService<IDashScopeClient>().SubmitAsync(
            new DashScopeGen3dParameters { ImageUrl = new Uri("https://images.test/person.jpg") }, CancellationToken.None);
        await host.Services.GetRequiredService<IDashScopeClient>().GetTaskAsync(submitted.TaskId, CancellationToken.None);

        Assert.IsType<PostgresSharedRateLimiter>(limiter);
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM rate_limit_slots"));
    }

    [Fact]
    public async Task Start_fails_on_rabbitmq_without_the_workflow_connection_string()
    {
        using var host = DashScopeAdapterHost.Build(simulator, Settings(("Messaging:Transport", "RabbitMq")));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:Workflow", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_base_url_without_the_final_slash_still_reaches_the_api()
    {
        using var host = DashScopeAdapterHost.Build(simulator, Settings(("Vendors:DashScope:BaseUrl", simulator.BaseUrl.AbsoluteUri.TrimEnd('/'))));

        var task = await host.Services.GetRequiredService<IDashScopeClient>().GetTaskAsync("no-such-task", CancellationToken.None);

        Assert.Equal(DashScopeTaskStatus.Unknown, task.Status);
    }

    [Fact]
    public async Task Start_fails_without_an_api_key()
    {
        using var host = DashScopeAdapterHost.Build(simulator, Settings(("Vendors:DashScope:ApiKey", null)));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Vendors:DashScope:ApiKey", failure.Message, StringComparison.Ordinal);
    }
}
