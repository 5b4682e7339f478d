using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.ServiceDefaults.InMemory;
using MassTransit.Saga;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow.Retention;

/// <summary>
/// Keeps the embedded default's in-memory saga repository bounded: every <see cref="Interval"/> it removes the workflow
/// sagas that ended (<c>Completed</c>, <c>Failed</c>, <c>Cancelled</c>) longer than <see cref="InMemoryRetentionOptions.KeepFor"/>
/// ago, and the oldest ended beyond <see cref="InMemoryRetentionOptions.MaxEnded"/>. A saga in flight is never touched.
/// </summary>
public sealed class InMemoryWorkflowRetention<TVendor>(
    IndexedSagaDictionary<GenerationWorkflowState<TVendor>> sagas,
    IOptions<InMemoryRetentionOptions> retention,
    TimeProvider clock) : BackgroundService
    where TVendor : class, IVendorWorkflow
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    static readonly string[] EndedStates = ["Completed", "Failed", "Cancelled", "Final"];

    /// <summary>Removes what has been kept long enough; answers how many sagas went.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var options = retention.Value;
        var now = clock.GetUtcNow();
        await sagas.MarkInUse(cancellationToken);
        try
        {
            var ended = sagas.Where(new SagaQuery<GenerationWorkflowState<TVendor>>(saga => EndedStates.Contains(saga.CurrentState)))
                .OrderBy(instance => instance.Instance.StateEnteredAt)
                .ToList();
            var beyondCap = ended.Count - options.MaxEnded;
            var expired = ended.Where((instance, index) => index < beyondCap || now - instance.Instance.StateEnteredAt >= options.KeepFor).ToList();
            foreach (var instance in expired)
            {
                // Waits for a message the saga may still be handling (a late duplicate), then takes it out.
                await instance.MarkInUse(cancellationToken);
                sagas.Remove(instance);
                instance.Remove();
            }

            return expired.Count;
        }
        finally
        {
            sagas.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await SweepAsync(stoppingToken);
        }
    }
}
