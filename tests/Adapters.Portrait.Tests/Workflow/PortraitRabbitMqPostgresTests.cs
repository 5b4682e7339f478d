using GenerationGateway.Adapters.Portrait.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Portrait.Tests.Workflow;

/// <summary>
/// The adapter's own host on the real RabbitMQ (a virtual host of its own) and PostgreSQL (a database of its own:
/// scheduler and subject store), against the simulator: train and generate, then reuse the trained model.
/// </summary>
public sealed class PortraitRabbitMqPostgresTests : IClassFixture<TestDatabase>, IClassFixture<RabbitMqVirtualHost>, IAsyncLifetime
{
    readonly TestDatabase _database;
    readonly PortraitSimulator _simulator = new(realTime: true);
    readonly StubPhotoHost _photos = new();
    readonly PortraitAdapterFactory _adapter;
    GenerationOutcomes _outcomes = null!;

    public PortraitRabbitMqPostgresTests(TestDatabase database, RabbitMqVirtualHost virtualHost)
    {
        _database = database;
        var settings = virtualHost.Settings();
        settings["ConnectionStrings:Workflow"] = database.ConnectionString;
        settings["Vendors:Portrait:Persistence"] = "Postgres";
        _adapter = new PortraitAdapterFactory(_simulator, _photos, settings);
    }

    IBus Bus => _adapter.Services.GetRequiredService<IBus>();

    public async Task InitializeAsync()
    {
        _adapter.Start();
        _outcomes = await GenerationOutcomes.ListenAsync(Bus);
    }

    public async Task DisposeAsync()
    {
        await _adapter.DisposeAsync();
        _simulator.Dispose();
        _photos.Dispose();
    }

    [Fact]
    public async Task A_portrait_is_trained_and_generated_then_the_trained_model_is_reused()
    {
        var subject = PortraitRequests.Subject();
        var first = PortraitRequests.Train(subject);

        await Bus.Publish(first);
        var trained = await _outcomes.CompletedAsync(first.GenerationId);
        var second = PortraitRequests.Reuse(subject, PortraitSimulator.Styles[2]);
        await Bus.Publish(second);
        var reused = await _outcomes.CompletedAsync(second.GenerationId);

        Assert.Equal(4, trained.Assets.Count);
        Assert.Equal(4, reused.Assets.Count);
        Assert.Single(_simulator.Calls("aigc_user_model_create"));
        Assert.Equal(2, _simulator.Calls("aigc_task_create").Count);
        var status = await _database.ScalarAsync<string>($"SELECT status FROM portrait_subject_models WHERE tenant_id = 'tenant-a' AND subject_reference = '{subject}'");
        Assert.Equal("trained", status);
        var scheduled = await _database.ScalarAsync<long>("SELECT count(*) FROM schema_version WHERE component = 'portrait-subject-models'");
        Assert.Equal(1, scheduled);
    }
}
