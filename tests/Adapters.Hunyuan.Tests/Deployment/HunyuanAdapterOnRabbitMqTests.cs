using GenerationGateway.Adapters.Hunyuan.Tests.Support;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Deployment;

/// <summary>
/// The adapter host exactly as <c>Program.cs</c> composes it, on the real RabbitMQ with the PostgreSQL scheduler:
/// a request published on the bus is generated at the simulated gateway and its completion published back.
/// </summary>
public sealed class HunyuanAdapterOnRabbitMqTests : IAsyncLifetime
{
    readonly SeaArtSimulator _simulator = SeaArtSimulator.OnRealClock();
    readonly StubImageHost _images = new();
    readonly string _assetRoot = Path.Combine(Path.GetTempPath(), "hunyuan-rabbit-" + Guid.NewGuid().ToString("N"));
    RealInfrastructure _infrastructure = null!;
    WebApplicationFactory<HunyuanVendorWorkflow> _adapter = null!;
    IBusControl _observer = null!;
    readonly TaskCompletionSource<GenerationCompleted> _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly TaskCompletionSource<GenerationFailed> _failed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task InitializeAsync()
    {
        _infrastructure = await RealInfrastructure.CreateAsync();
        var rabbit = RealInfrastructure.RabbitMqUri;
        var settings = new Dictionary<string, string?>(HunyuanAdapterHost.Settings(_simulator))
        {
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMqHost"] = rabbit.Host,
            ["Messaging:RabbitMqPort"] = rabbit.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging:RabbitMqVirtualHost"] = _infrastructure.VirtualHost,
            ["Messaging:RabbitMqUsername"] = RealInfrastructure.Username,
            ["Messaging:RabbitMqPassword"] = RealInfrastructure.Password,
            ["ConnectionStrings:Workflow"] = _infrastructure.DatabaseConnectionString,
            ["Vendors:Hunyuan:StatusInterval"] = "00:00:01",
            ["Workflow:InitialCheckDelay"] = "00:00:00.200",
            ["Workflow:MaxCheckDelay"] = "00:00:01",
            ["AssetStore:RootPath"] = _assetRoot,
            ["AssetStore:PublicBaseUrl"] = "http://gateway.test/v1/assets/",
        };
        _adapter = new WebApplicationFactory<HunyuanVendorWorkflow>().WithWebHostBuilder(host =>
        {
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }

            host.ConfigureTestServices(services => services.ConfigureHttpClientDefaults(http =>
                http.ConfigurePrimaryHttpMessageHandler(() => new HunyuanAdapterHost.SplitHandler(_simulator.CreateHandler(), _images))));
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
            cfg.ReceiveEndpoint("hunyuan-test-observer", e =>
            {
                e.Handler<GenerationCompleted>(context => Task.FromResult(_completed.TrySetResult(context.Message)));
                e.Handler<GenerationFailed>(context => Task.FromResult(_failed.TrySetResult(context.Message)));
            });
        });
        await _observer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _observer.StopAsync();
        await _adapter.DisposeAsync();
        _simulator.Dispose();
        _images.Dispose();
        await _infrastructure.DisposeAsync();
        if (Directory.Exists(_assetRoot))
        {
            Directory.Delete(_assetRoot, recursive: true);
        }
    }

    [Fact]
    public async Task A_request_on_rabbitmq_completes_through_the_postgres_scheduler()
    {
        var request = HunyuanRequests.MultiView((null, HunyuanRequests.MainImage), ("left", StubImageHost.Url("left/512x512.png")));

        await _observer.Publish(request);
        var ended = await Task.WhenAny(_completed.Task, _failed.Task).WaitAsync(TimeSpan.FromSeconds(60));
        if (ended == _failed.Task)
        {
            var failed = await _failed.Task;
            Assert.Fail($"The generation failed: {failed.Reason} {failed.VendorMessage}");
        }

        var completed = await _completed.Task;
        Assert.Equal(request.GenerationId, completed.GenerationId);
        Assert.Equal(["model.glb", "preview.png", "model-obj.zip"], completed.Assets.Select(x => x.Name));
        Assert.Equal(new VendorUsage { Cost = 0.6m, Currency = "USD", Credits = 30, Quantity = 1 }, completed.Usage);
        Assert.Single(_simulator.Creates());
        await using var connection = new NpgsqlConnection(_infrastructure.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var tables = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
        Assert.True((long)(await tables.ExecuteScalarAsync())! > 0, "The scheduler made no tables in the workflow database.");
    }
}
