using GenerationGateway.Adapters.Portrait.Tests.Infrastructure;
using GenerationGateway.TestSupport.Adapters;

namespace GenerationGateway.Adapters.Portrait.Tests.Workflow;

/// <summary>
/// The adapter's own host on the real RabbitMQ (a virtual host of its own) and PostgreSQL (a database of its own:
/// scheduler and subject store), against the simulator: train and generate, then reuse the trained model.
/// </summary>
public sealed class PortraitRabbitMqPostgresTests : IAsyncLifetime
{
    readonly AdapterOnRabbitMq<PortraitVendorWorkflow, PortraitSimulator> _deployment = new(
        "portrait",
        new PortraitSimulator(realTime: true),
        simulator => PortraitAdapter.Settings(simulator, new Dictionary<string, string?> { ["Vendors:Portrait:Persistence"] = "Postgres" }),
        (StubPhotoHost.Host, new StubPhotoHost()));

    PortraitSimulator Simulator => _deployment.Simulator;

    public async Task InitializeAsync()
    {
        await _deployment.StartAsync();
        Simulator.CallbackTarget = () => _deployment.Adapter.Server.CreateHandler();
    }

    public Task DisposeAsync() => _deployment.DisposeAsync().AsTask();

    [Fact]
    public async Task A_portrait_is_trained_and_generated_then_the_trained_model_is_reused()
    {
        var subject = PortraitRequests.Subject();
        var first = PortraitRequests.Train(subject);

        await _deployment.Bus.Publish(first);
        var trained = await _deployment.Outcomes.CompletedAsync(first.GenerationId);
        var second = PortraitRequests.Reuse(subject, PortraitSimulator.Styles[2]);
        await _deployment.Bus.Publish(second);
        var reused = await _deployment.Outcomes.CompletedAsync(second.GenerationId);

        Assert.Equal(4, trained.Assets.Count);
        Assert.Equal(4, reused.Assets.Count);
        Assert.Single(Simulator.Calls("aigc_user_model_create"));
        Assert.Equal(2, Simulator.Calls("aigc_task_create").Count);
        var status = await _deployment.Database.ScalarAsync<string>($"SELECT status FROM portrait_subject_models WHERE tenant_id = 'tenant-a' AND subject_reference = '{subject}'");
        Assert.Equal("trained", status);
        var scheduled = await _deployment.Database.ScalarAsync<long>("SELECT count(*) FROM schema_version WHERE component = 'portrait-subject-models'");
        Assert.Equal(1, scheduled);
    }
}
