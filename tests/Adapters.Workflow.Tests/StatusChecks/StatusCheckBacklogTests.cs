using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Xunit.Abstractions;

namespace GenerationGateway.Adapters.Workflow.Tests.StatusChecks;

/// <summary>
/// Status checks run in the vendor's poller, off <c>{vendor}-workflow</c>: a burst of new requests on that queue cannot hold them
/// up. The workflow is durable here (sagas and status checks in PostgreSQL), so the burst takes it a while to work through.
/// </summary>
public sealed class StatusCheckBacklogTests(WorkflowDatabase database, ITestOutputHelper output) : IClassFixture<WorkflowDatabase>, IAsyncLifetime
{
    const int Burst = 3000;

    WorkflowHarness _workflow = null!;

    public Task InitializeAsync()
    {
        _workflow = new WorkflowHarness(workflowDatabase: database.ConnectionString);
        return _workflow.StartAsync();
    }

    public Task DisposeAsync() => _workflow.DisposeAsync().AsTask();

    [Fact]
    public async Task A_backlog_of_new_requests_does_not_delay_the_checks_of_a_job_in_processing()
    {
        var checkedWithBacklog = new List<int>();
        var id = Guid.Empty;
        _workflow.Vendor.Check = job =>
        {
            if (job.GenerationId == id)
            {
                lock (checkedWithBacklog)
                {
                    checkedWithBacklog.Add(RequestsConsumed());
                }
            }

            return Task.FromResult(StatusOutcome.Running("RUNNING"));
        };
        id = await _workflow.RequestAsync();
        await _workflow.EventuallyAsync(() => ChecksSoFar() > 0, () => "The job never reached processing.");

        // The burst stays in preparation (the vendor keeps them waiting) after the workflow took each request.
        _workflow.Vendor.Prepare = _ => Task.FromResult(PrepareOutcome.Waiting(new Dictionary<string, string>(), TimeSpan.FromHours(1)));
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < Burst / 8; i++)
            {
                await _workflow.Harness.Bus.Publish(WorkflowHarness.Request(Guid.NewGuid()));
            }
        })));

        // The whole burst is on the queue now; the next check must not wait for the workflow to take it.
        var consumedAfterBurst = RequestsConsumed();
        var checksAfterBurst = ChecksSoFar();
        await _workflow.EventuallyAsync(() => ChecksSoFar() > checksAfterBurst, () => "The job in processing was not checked again.");
        int consumedAtCheck;
        lock (checkedWithBacklog)
        {
            consumedAtCheck = checkedWithBacklog[checksAfterBurst];
        }

        output.WriteLine($"Requests the workflow had taken: {consumedAfterBurst} of {Burst} when the burst was published, {consumedAtCheck - 1} at the next check.");
        Assert.True(consumedAfterBurst < Burst, $"No backlog: the workflow had taken {consumedAfterBurst} of {Burst} requests as soon as they were published.");
        Assert.True(consumedAtCheck < Burst + 1, $"The job was checked only after the workflow had taken all {Burst} new requests.");
        Assert.Equal(0, _workflow.PublishedCount<GenerationFailed>(id));

        int ChecksSoFar()
        {
            lock (checkedWithBacklog)
            {
                return checkedWithBacklog.Count;
            }
        }
    }

    int RequestsConsumed() => _workflow.Saga.Consumed.Select<GenerationRequested>().Count();
}
