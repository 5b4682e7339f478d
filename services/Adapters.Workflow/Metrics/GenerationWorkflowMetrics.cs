using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults;
using MassTransit;

namespace GenerationGateway.Adapters.Workflow.Metrics;

/// <summary>
/// Turns the workflow's real transitions into <see cref="GatewayMetrics"/>: leaving the initial state starts a generation,
/// leaving any other state ends a stage, entering a terminal state ends the generation. A duplicate or late message changes
/// no state and so measures nothing. Inside a transactional saga the measurements wait in the consume's
/// <see cref="PendingWorkflowMeasurements"/> until the saga change committed; otherwise (in memory) they are recorded at once.
/// </summary>
internal sealed class GenerationWorkflowMetrics<TVendor>(
    GenerationWorkflowStateMachine<TVendor> machine,
    GatewayMetrics metrics,
    string vendor,
    TimeProvider clock) : IStateObserver<GenerationWorkflowState<TVendor>>
    where TVendor : class, IVendorWorkflow
{
    public Task StateChanged(BehaviorContext<GenerationWorkflowState<TVendor>> context, State currentState, State previousState)
    {
        // A new instance is first put in the initial state: nothing has happened yet.
        if (previousState is null || context.Saga.Request is not { } request)
        {
            return Task.CompletedTask;
        }

        var saga = context.Saga;
        var now = clock.GetUtcNow();
        var measurements = new List<Action>(2);
        if (previousState.Name == machine.Initial.Name)
        {
            measurements.Add(() => metrics.GenerationStarted(vendor, request.Kind));
        }
        else if (saga.StateEnteredAt != default)
        {
            var stage = Stage(previousState);
            var spent = now - saga.StateEnteredAt;
            measurements.Add(() => metrics.StageEnded(vendor, stage, spent));
        }

        var lifetime = now - (saga.RequestedAt != default ? saga.RequestedAt : saga.CreatedAt);
        var failure = saga.FailureReason ?? FailureReason.InternalError;
        switch (currentState.Name)
        {
            case nameof(machine.Completed):
                measurements.Add(() => metrics.GenerationCompleted(vendor, request.Kind, lifetime));
                break;
            case nameof(machine.Failed):
                measurements.Add(() => metrics.GenerationFailed(vendor, request.Kind, failure, lifetime));
                break;
            case nameof(machine.Cancelled):
                measurements.Add(() => metrics.GenerationCancelled(vendor, request.Kind, lifetime));
                break;
        }

        if (context.TryGetPayload(out PendingWorkflowMeasurements? pending))
        {
            pending.Add(measurements);
        }
        else
        {
            measurements.ForEach(record => record());
        }

        return Task.CompletedTask;
    }

    /// <summary>The stage tag of a non-terminal state.</summary>
    string Stage(State state) => state.Name switch
    {
        nameof(machine.Preparing) => "preparing",
        nameof(machine.Submitting) => "submitting",
        nameof(machine.Queued) => "queued",
        nameof(machine.Processing) => "processing",
        nameof(machine.Cancelling) => "cancelling",
        var other => other,
    };
}
