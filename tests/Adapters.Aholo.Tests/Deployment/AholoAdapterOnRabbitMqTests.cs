using GenerationGateway.Adapters.Aholo.Tests.Simulator;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Adapters;
using GenerationGateway.TestSupport.Rules;

namespace GenerationGateway.Adapters.Aholo.Tests.Deployment;

/// <summary>
/// The adapter host exactly as <c>Program.cs</c> composes it, on the real RabbitMQ with its workflow in PostgreSQL:
/// requests published on the bus go through uploads, the create call, polling and collection at the simulator, and
/// their completion is published back.
/// </summary>
public sealed class AholoAdapterOnRabbitMqTests : IAsyncLifetime
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    readonly AdapterOnRabbitMq<AholoVendorWorkflow, AholoSimulator> _deployment = new(
        "aholo",
        AholoSimulator.OnRealClock(upload: TimeSpan.FromMilliseconds(300), step: TimeSpan.FromMilliseconds(300), running: TimeSpan.FromMilliseconds(600)),
        simulator => [.. AholoAdapterHost.Settings(simulator), new("Vendors:Aholo:StatusInterval", "00:00:00.500"), new("Vendors:Aholo:UploadStatusInterval", "00:00:00.300")],
        (StubInputHost.Host, new StubInputHost()));

    public Task InitializeAsync() => _deployment.StartAsync();

    public Task DisposeAsync() => _deployment.DisposeAsync().AsTask();

    async Task<GenerationCompleted> CompletedAsync(GenerationRequested request)
    {
        await _deployment.Bus.Publish(request);
        return await _deployment.Outcomes.CompletedAsync(request.GenerationId, Timeout);
    }

    [Fact]
    public async Task A_reconstruction_and_a_generation_complete_on_rabbitmq_with_the_workflow_in_postgresql()
    {
        var reconstruction = CompletedAsync(AholoRequests.Scene(20, options: new GenerationOptions { Quality = Quality.High }));
        var generation = CompletedAsync(AholoRequests.Image("warm light"));

        var completed = await Task.WhenAll(reconstruction, generation);

        Assert.All(completed, c => Assert.Equal([AssetFormat.Ply, AssetFormat.Spz], c.Assets.Select(x => x.Format)));
        Assert.All(completed, c => Assert.All(c.Assets, a => Assert.StartsWith("sha256:", a.Checksum, StringComparison.Ordinal)));
        Assert.Single(_deployment.Simulator.Requests("/project/create-3d-recon"));
        Assert.Single(_deployment.Simulator.Requests("/project/create-3d-gen"));
        Assert.Equal(21, _deployment.Simulator.Requests("/single/upload").Count);
        Assert.Equal("HIGH", _deployment.Simulator.Requests("/project/create-3d-recon")[0].JsonBody!.Value.GetProperty("taskQuality").GetString());
        Assert.True(
            await _deployment.Database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')") > 0,
            "The workflow made no tables in its database.");
    }
}
