using System.Collections.Concurrent;
using GenerationGateway.Adapters.Aholo.Tests.Rules;
using GenerationGateway.Adapters.Aholo.Tests.Simulator;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Aholo.Tests.Deployment;

/// <summary>
/// The adapter host exactly as <c>Program.cs</c> composes it, on the real RabbitMQ with its workflow in PostgreSQL:
/// requests published on the bus go through uploads, the create call, polling and collection at the simulator, and
/// their completion is published back.
/// </summary>
public sealed class AholoAdapterOnRabbitMqTests : IAsyncLifetime
{
    readonly AholoSimulator _simulator = AholoSimulator.With(new Dictionary<string, string?>
    {
        ["VendorSim:Aholo:UploadProcessingDuration"] = "00:00:00.300",
        ["VendorSim:Aholo:QueuedDuration"] = "00:00:00.300",
        ["VendorSim:Aholo:PreprocessingDuration"] = "00:00:00.300",
        ["VendorSim:Aholo:WaitingDuration"] = "00:00:00.300",
        ["VendorSim:Aholo:RunningDuration"] = "00:00:00.600",
    }, useSystemClock: true);

    readonly StubInputHost _inputs = new();
    readonly string _assetRoot = Path.Combine(Path.GetTempPath(), "aholo-rabbit-" + Guid.NewGuid().ToString("N"));
    readonly ConcurrentDictionary<Guid, TaskCompletionSource<object>> _ended = new();
    RealInfrastructure _infrastructure = null!;
    WebApplicationFactory<AholoVendorWorkflow> _adapter = null!;
    IBusControl _observer = null!;

    public async Task InitializeAsync()
    {
        _infrastructure = await RealInfrastructure.CreateAsync();
        var rabbit = RealInfrastructure.RabbitMqUri;
        var settings = new Dictionary<string, string?>(AholoAdapterHost.Settings(_simulator))
        {
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMqHost"] = rabbit.Host,
            ["Messaging:RabbitMqPort"] = rabbit.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging:RabbitMqVirtualHost"] = _infrastructure.VirtualHost,
            ["Messaging:RabbitMqUsername"] = RealInfrastructure.Username,
            ["Messaging:RabbitMqPassword"] = RealInfrastructure.Password,
            ["ConnectionStrings:Workflow"] = _infrastructure.DatabaseConnectionString,
            ["Vendors:Aholo:StatusInterval"] = "00:00:00.500",
            ["Vendors:Aholo:UploadStatusInterval"] = "00:00:00.300",
            ["Workflow:InitialCheckDelay"] = "00:00:00.200",
            ["Workflow:MaxCheckDelay"] = "00:00:01",
            ["AssetStore:RootPath"] = _assetRoot,
            ["AssetStore:PublicBaseUrl"] = "http://gateway.test/v1/assets/",
        };
        _adapter = new WebApplicationFactory<AholoVendorWorkflow>().WithWebHostBuilder(host =>
        {
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }

            host.ConfigureTestServices(services => services.ConfigureHttpClientDefaults(http =>
                http.ConfigurePrimaryHttpMessageHandler(() => AholoAdapterHost.Handler(_simulator, _inputs))));
        });
        _ = _adapter.Server;

        _observer = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbit.Host, (ushort)rabbit.Port, _infrastructure.VirtualHost, h =>
            {
                h.Username(RealInfrastructure.Username);
                h.Password(RealInfrastructure.Password);
            });
            GenerationTopology.ConfigurePublish(cfg);
            cfg.ReceiveEndpoint("aholo-test-observer", e =>
            {
                e.Handler<GenerationCompleted>(context => Task.FromResult(Ended(context.Message.GenerationId).TrySetResult(context.Message)));
                e.Handler<GenerationFailed>(context => Task.FromResult(Ended(context.Message.GenerationId).TrySetResult(context.Message)));
            });
        });
        await _observer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _observer.StopAsync();
        await _adapter.DisposeAsync();
        _simulator.Dispose();
        _inputs.Dispose();
        await _infrastructure.DisposeAsync();
        if (Directory.Exists(_assetRoot))
        {
            Directory.Delete(_assetRoot, recursive: true);
        }
    }

    TaskCompletionSource<object> Ended(Guid generationId) =>
        _ended.GetOrAdd(generationId, _ => new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously));

    async Task<GenerationCompleted> CompletedAsync(GenerationRequested request)
    {
        var ended = Ended(request.GenerationId);
        await _observer.Publish(request);
        var outcome = await ended.Task.WaitAsync(TimeSpan.FromSeconds(90));
        return outcome as GenerationCompleted
            ?? throw new Xunit.Sdk.XunitException($"Generation {request.GenerationId} failed: {((GenerationFailed)outcome).Reason} {((GenerationFailed)outcome).VendorMessage}");
    }

    [Fact]
    public async Task A_reconstruction_and_a_generation_complete_on_rabbitmq_with_the_workflow_in_postgresql()
    {
        var reconstruction = CompletedAsync(AholoRequests.Scene(20, options: new GenerationOptions { Quality = Quality.High }));
        var generation = CompletedAsync(AholoRequests.Image("warm light"));

        var completed = await Task.WhenAll(reconstruction, generation);

        Assert.All(completed, c => Assert.Equal([AssetFormat.Ply, AssetFormat.Spz], c.Assets.Select(x => x.Format)));
        Assert.All(completed, c => Assert.All(c.Assets, a => Assert.StartsWith("sha256:", a.Checksum, StringComparison.Ordinal)));
        Assert.Single(_simulator.Requests("/project/create-3d-recon"));
        Assert.Single(_simulator.Requests("/project/create-3d-gen"));
        Assert.Equal(21, _simulator.Requests("/single/upload").Count);
        Assert.Equal("HIGH", _simulator.Requests("/project/create-3d-recon")[0].JsonBody!.Value.GetProperty("taskQuality").GetString());
        Assert.True(await _infrastructure.CountAsync("SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')") > 0,
            "The workflow made no tables in its database.");
    }
}
