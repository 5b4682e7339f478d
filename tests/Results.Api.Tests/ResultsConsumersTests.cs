using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Consumers;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.ServiceDefaults.InMemory;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Results.Api.Tests;

public sealed class ResultsConsumersTests
{
    static ServiceProvider CreateProvider(IGenerationStore store) =>
        new ServiceCollection()
            .AddSingleton(store)
            .AddMassTransitTestHarness(x =>
            {
                x.AddResultsConsumers();
                x.UsingInMemory((context, cfg) =>
                {
                    GenerationTopology.ConfigurePublish(cfg);
                    cfg.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider(true);

    [Fact]
    public async Task Requests_for_every_vendor_reach_the_store()
    {
        var store = new InMemoryGenerationStore(TimeProvider.System, Options.Create(new InMemoryRetentionOptions()));
        await using var provider = CreateProvider(store);
        var harness = await StartAsync(provider);
        var rodin = Guid.NewGuid();
        var aholo = Guid.NewGuid();

        await harness.Bus.Publish(TestChanges.Request(rodin, vendor: "rodin"));
        await harness.Bus.Publish(TestChanges.Request(aholo, vendor: "aholo"));

        var consumer = harness.GetConsumerHarness<GenerationRequestedConsumer>();
        Assert.True(await consumer.Consumed.Any<GenerationRequested>(x => x.Context.Message.GenerationId == rodin));
        Assert.True(await consumer.Consumed.Any<GenerationRequested>(x => x.Context.Message.GenerationId == aholo));
        Assert.Equal("rodin", (await store.FindAsync(rodin, CancellationToken.None))?.Vendor);
        Assert.Equal("aholo", (await store.FindAsync(aholo, CancellationToken.None))?.Vendor);
        Assert.Equal("tenant-a", (await store.FindAsync(aholo, CancellationToken.None))?.TenantId);
    }

    [Fact]
    public async Task Lifecycle_events_reach_the_store()
    {
        var store = new InMemoryGenerationStore(TimeProvider.System, Options.Create(new InMemoryRetentionOptions()));
        await using var provider = CreateProvider(store);
        var harness = await StartAsync(provider);
        var id = Guid.NewGuid();

        await harness.Bus.Publish(new GenerationAccepted { GenerationId = id, Vendor = "rodin", VendorJobId = "job-9" });
        await harness.Bus.Publish(new GenerationProgressed { GenerationId = id, Vendor = "rodin", Stage = GenerationStage.Processing, Percent = 140 });
        var processing = await StoredAsync(store, id, record => record is { Status: GenerationStatus.Processing, VendorJobId: "job-9" });
        Assert.Equal(100, processing.Progress);

        await harness.Bus.Publish(new GenerationCompleted
        {
            GenerationId = id,
            Vendor = "rodin",
            VendorJobId = "job-9",
            Assets = [TestChanges.Asset(id, "model.glb")],
            PartialNote = "no texture",
        });

        var record = await StoredAsync(store, id, record => record is { Status: GenerationStatus.Completed });
        Assert.Equal("job-9", record.VendorJobId);
        Assert.Equal("no texture", record.PartialNote);
        Assert.Equal("model.glb", Assert.Single(record.Assets).Name);
    }

    /// <summary>
    /// Reads the store until the generation's record satisfies <paramref name="expected"/>: the wait ends when the
    /// consumers got there, however slow the machine, and fails only after a minute without it.
    /// </summary>
    static async Task<GenerationRecord> StoredAsync(InMemoryGenerationStore store, Guid id, Func<GenerationRecord?, bool> expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            var record = await store.FindAsync(id, CancellationToken.None);
            if (expected(record))
            {
                return record!;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Generation {id} never reached the expected state; last seen: {record?.Status.ToString() ?? "no record"}.");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    [Fact]
    public async Task A_queued_progress_reaches_the_store_with_its_place_and_estimate()
    {
        var store = new InMemoryGenerationStore(TimeProvider.System, Options.Create(new InMemoryRetentionOptions()));
        await using var provider = CreateProvider(store);
        var harness = await StartAsync(provider);
        var id = Guid.NewGuid();

        await harness.Bus.Publish(new GenerationProgressed
        {
            GenerationId = id,
            Vendor = "hunyuan3d-pro",
            Stage = GenerationStage.Queued,
            Percent = 5,
            QueuePosition = 12,
            QueueEstimate = TimeSpan.FromMinutes(7.5),
        });

        var queued = await StoredAsync(store, id, record => record?.Stage == GenerationStage.Queued);
        Assert.Equal(new GenerationQueuePlace { Position = 12, EstimatedStartSeconds = 450 }, queued.Queue);
    }

    [Fact]
    public async Task Failure_cancellation_and_cancel_request_reach_the_store()
    {
        var store = new InMemoryGenerationStore(TimeProvider.System, Options.Create(new InMemoryRetentionOptions()));
        await using var provider = CreateProvider(store);
        var harness = await StartAsync(provider);
        var failed = Guid.NewGuid();
        var cancelled = Guid.NewGuid();

        await harness.Bus.Publish(new GenerationFailed
        {
            GenerationId = failed,
            Vendor = "rodin",
            Reason = FailureReason.DeadlineExceeded,
            Retryable = false,
            VendorMessage = "too slow",
        });
        await harness.Bus.Publish(new CancelGeneration { GenerationId = cancelled, Vendor = "portrait", Reason = "user" });
        Assert.True(await harness.GetConsumerHarness<CancelGenerationConsumer>().Consumed.Any<CancelGeneration>(x => x.Context.Message.GenerationId == cancelled));
        await harness.Bus.Publish(new GenerationCancelled { GenerationId = cancelled, Vendor = "portrait", VendorJobStopped = false, Note = "no job yet" });
        Assert.True(await harness.GetConsumerHarness<GenerationCancelledConsumer>().Consumed.Any<GenerationCancelled>(x => x.Context.Message.GenerationId == cancelled));
        Assert.True(await harness.GetConsumerHarness<GenerationFailedConsumer>().Consumed.Any<GenerationFailed>(x => x.Context.Message.GenerationId == failed));

        var failure = (await store.FindAsync(failed, CancellationToken.None))?.Failure;
        Assert.Equal(new GenerationFailure { Reason = FailureReason.DeadlineExceeded, Retryable = false, VendorMessage = "too slow" }, failure);
        var cancellation = await store.FindAsync(cancelled, CancellationToken.None);
        Assert.Equal(GenerationStatus.Cancelled, cancellation?.Status);
        Assert.True(cancellation?.CancelRequested);
        Assert.Equal(new GenerationCancellation { VendorJobStopped = false, Note = "no job yet" }, cancellation?.Cancellation);
    }

    [Fact]
    public async Task A_store_failure_is_retried_and_then_faulted_not_acknowledged()
    {
        var store = new ThrowingGenerationStore();
        await using var provider = CreateProvider(store);
        var harness = await StartAsync(provider);
        var id = Guid.NewGuid();

        await harness.Bus.Publish(new GenerationAccepted { GenerationId = id, Vendor = "rodin", VendorJobId = "job-1" });

        Assert.True(await harness.Published.Any<Fault<GenerationAccepted>>(x => x.Context.Message.Message.GenerationId == id));
        Assert.Equal(4, store.Attempts);
    }

    [Fact]
    public void Endpoints_are_named_after_results()
    {
        Assert.Equal("results-generation-requested", ResultsEndpointNames.For<GenerationRequestedConsumer>());
        Assert.Equal("results-generation-completed", ResultsEndpointNames.For<GenerationCompletedConsumer>());
        Assert.Equal("results-cancel-generation", ResultsEndpointNames.For<CancelGenerationConsumer>());
    }

    static async Task<ITestHarness> StartAsync(IServiceProvider provider)
    {
        var harness = provider.GetRequiredService<ITestHarness>();
        // Waits end when the message arrives: long limits only matter on a loaded machine, where a quiet moment
        // (the harness's inactivity) must not end a wait early.
        harness.TestTimeout = TimeSpan.FromSeconds(60);
        harness.TestInactivityTimeout = TimeSpan.FromSeconds(60);
        await harness.Start();
        return harness;
    }
}
