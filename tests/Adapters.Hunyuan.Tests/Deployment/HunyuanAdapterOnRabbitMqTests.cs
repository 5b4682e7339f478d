using GenerationGateway.Adapters.Hunyuan.Tests.Support;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Adapters;
using GenerationGateway.TestSupport.Rules;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Deployment;

/// <summary>
/// The adapter host exactly as <c>Program.cs</c> composes it, on the real RabbitMQ with the PostgreSQL scheduler:
/// a request published on the bus is generated at the simulated gateway and its completion published back.
/// </summary>
public sealed class HunyuanAdapterOnRabbitMqTests : IAsyncLifetime
{
    readonly AdapterOnRabbitMq<HunyuanVendorWorkflow, SeaArtSimulator> _deployment = new(
        "hunyuan",
        SeaArtSimulator.OnRealClock(),
        simulator => [.. HunyuanAdapterHost.Settings(simulator), new("Vendors:Hunyuan:StatusInterval", "00:00:01")],
        (StubImageHost.Host, new StubImageHost()));

    public Task InitializeAsync() => _deployment.StartAsync();

    public Task DisposeAsync() => _deployment.DisposeAsync().AsTask();

    [Fact]
    public async Task A_request_on_rabbitmq_completes_through_the_postgres_scheduler()
    {
        var request = HunyuanRequests.MultiView((null, HunyuanRequests.MainImage), ("left", StubImageHost.Url("left/512x512.png")));

        await _deployment.Bus.Publish(request);
        var completed = await _deployment.Outcomes.CompletedAsync(request.GenerationId);

        Assert.Equal(request.GenerationId, completed.GenerationId);
        Assert.Equal(["model.glb", "preview.png", "model-obj.zip"], completed.Assets.Select(x => x.Name));
        Assert.Equal(new VendorUsage { Cost = 0.6m, Currency = "USD", Credits = 30, Quantity = 1 }, completed.Usage);
        Assert.Single(_deployment.Simulator.Creates());
        Assert.True(
            await _deployment.Database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')") > 0,
            "The scheduler made no tables in the workflow database.");
    }
}
