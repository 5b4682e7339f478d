using GenerationGateway.Adapters.Workflow.Admission;
using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.Messaging.Postgres.Outbox;
using MassTransit;
using static GenerationGateway.Adapters.Workflow.GenerationWorkflowMessages;

namespace GenerationGateway.Adapters.Workflow;

/// <summary>
/// The repeated steps of <see cref="GenerationWorkflowStateMachine{TVendor}"/> as binder extensions: commands to the
/// vendor's queues (replies and faults addressed back to the workflow), progress, and the three ends. Every end stops
/// both timers (unscheduling a timer that is not pending, or the one being received, sends nothing) and publishes exactly
/// one terminal event.
/// </summary>
public static class GenerationWorkflowSteps
{
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, GenerationRequested> Start<TVendor>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, GenerationRequested> binder, GenerationWorkflowStateMachine<TVendor> workflow)
        where TVendor : class, IVendorWorkflow =>
        binder.Then(context =>
        {
            var now = workflow.Clock.GetUtcNow();
            var saga = context.Saga;
            saga.Request = context.Message;
            saga.CreatedAt = now;
            saga.UpdatedAt = now;
            saga.RequestedAt = context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : now;
            saga.Deadline = context.Message.Deadline ?? now + workflow.Options.DefaultDeadline;
        });

    /// <summary>Keeps the vendor's state for the next step (when it sent one) and the time of the change.</summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, T> Remember<TVendor, T>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, T> binder,
        GenerationWorkflowStateMachine<TVendor> workflow,
        Func<BehaviorContext<GenerationWorkflowState<TVendor>, T>, IReadOnlyDictionary<string, string>?> state)
        where TVendor : class, IVendorWorkflow
        where T : class =>
        binder.Then(context =>
        {
            if (state(context) is { } vendorState)
            {
                context.Saga.VendorState = new Dictionary<string, string>(vendorState);
            }

            context.Saga.UpdatedAt = workflow.Clock.GetUtcNow();
        });

    /// <summary>The vendor took the job: remember its id and publish <see cref="GenerationAccepted"/>.</summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, VendorJobSubmitted> Accept<TVendor>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, VendorJobSubmitted> binder, GenerationWorkflowStateMachine<TVendor> workflow)
        where TVendor : class, IVendorWorkflow =>
        binder
            .Then(context =>
            {
                context.Saga.SubmitInFlight = false;
                context.Saga.VendorJobId = context.Message.VendorJobId;
            })
            .Remember(workflow, context => context.Message.State)
            .Publish(context => Accepted(context.Saga, workflow.Vendor.Vendor));

    /// <summary>
    /// Prepares the inputs, or submits at once when the vendor says this request needs no preparation
    /// (<see cref="IVendorWorkflow.NeedsPreparation"/>): one command and one reply fewer per generation.
    /// </summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, GenerationRequested> PrepareOrSubmit<TVendor>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, GenerationRequested> binder, GenerationWorkflowStateMachine<TVendor> workflow)
        where TVendor : class, IVendorWorkflow =>
        binder.IfElse(context => TVendor.NeedsPreparation(context.Message),
            prepare => prepare
                .ReportProgress(workflow, GenerationStage.Preparing, 0)
                .SendPrepare(workflow, _ => 0)
                .TransitionTo(workflow.Preparing),
            ready => ready
                .SendSubmit(workflow)
                .ReportProgress(workflow, GenerationStage.Submitting, 10)
                .TransitionTo(workflow.Submitting));

    public static EventActivityBinder<GenerationWorkflowState<TVendor>, T> SendPrepare<TVendor, T>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, T> binder, GenerationWorkflowStateMachine<TVendor> workflow, Func<GenerationWorkflowState<TVendor>, int> attempt)
        where TVendor : class, IVendorWorkflow
        where T : class =>
        binder.Send(workflow.Vendor.InputsAddress, context => Prepare(context.Saga, attempt(context.Saga)), ReplyTo<PrepareVendorInputs, TVendor>(workflow));

    /// <summary>Sends the paid submit; until its reply comes back the submit is in flight (a cancellation then waits for it).</summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, T> SendSubmit<TVendor, T>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, T> binder, GenerationWorkflowStateMachine<TVendor> workflow)
        where TVendor : class, IVendorWorkflow
        where T : class =>
        binder
            .Then(context => context.Saga.SubmitInFlight = true)
            .Send(workflow.Vendor.VendorCallsAddress, context => Submit(context.Saga), ReplyTo<SubmitVendorJob, TVendor>(workflow));

    /// <summary>Hands the accepted job to the vendor's status poller, its first check the vendor's hint or the initial delay (with jitter) after the vendor answered.</summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, VendorJobSubmitted> TrackStatusChecks<TVendor>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, VendorJobSubmitted> binder, GenerationWorkflowStateMachine<TVendor> workflow)
        where TVendor : class, IVendorWorkflow =>
        binder.ThenAsync(context =>
        {
            var options = workflow.Options;
            // Counted from the vendor's answer (never from later than now, should the submitting replica's clock run ahead).
            var now = workflow.Clock.GetUtcNow();
            var answeredAt = context.Message.AnsweredAt is { } at && at < now ? at : now;
            var firstCheck = answeredAt + options.Jittered(options.NextDelay(0, context.Message.FirstCheckAfter), Random.Shared.NextDouble());
            return workflow.StatusChecks.TrackAsync(StatusChecksOf(context.Saga, workflow.Vendor.Vendor, firstCheck), SagaTransaction(context), context.CancellationToken);
        });

    /// <summary>A vendor callback: the job's next status check is due now.</summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, T> CheckNow<TVendor, T>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, T> binder, GenerationWorkflowStateMachine<TVendor> workflow)
        where TVendor : class, IVendorWorkflow
        where T : class =>
        binder.ThenAsync(context => workflow.StatusChecks.CheckNowAsync(context.Saga.CorrelationId, workflow.Clock.GetUtcNow(), SagaTransaction(context), context.CancellationToken));

    /// <summary>The generation leaves processing: its status checks stop.</summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>> StopStatusChecks<TVendor>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>> binder, GenerationWorkflowStateMachine<TVendor> workflow)
        where TVendor : class, IVendorWorkflow =>
        binder.ThenAsync(context => workflow.StatusChecks.RemoveAsync(context.Saga.CorrelationId, SagaTransaction(context), context.CancellationToken));

    /// <summary>Asks the vendor to stop the job; without <paramref name="expectReply"/> best effort, its answer not awaited.</summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, T> SendCancel<TVendor, T>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, T> binder, GenerationWorkflowStateMachine<TVendor> workflow, bool expectReply = true)
        where TVendor : class, IVendorWorkflow
        where T : class =>
        expectReply
            ? binder.Send(workflow.Vendor.VendorCallsAddress, context => CancelJob(context.Saga), ReplyTo<CancelVendorJob, TVendor>(workflow))
            : binder.Send(workflow.Vendor.VendorCallsAddress, context => CancelJob(context.Saga));

    /// <summary>Publishes progress at <paramref name="percent"/> or the highest reported so far: progress never goes back.</summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, T> ReportProgress<TVendor, T>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, T> binder,
        GenerationWorkflowStateMachine<TVendor> workflow,
        GenerationStage stage,
        int percent,
        Func<BehaviorContext<GenerationWorkflowState<TVendor>, T>, string?>? vendorStatus = null)
        where TVendor : class, IVendorWorkflow
        where T : class =>
        binder
            .Then(context => context.Saga.LastPercent = Math.Max(context.Saga.LastPercent, percent))
            .Publish(context => Progress(context.Saga, workflow.Vendor.Vendor, stage, vendorStatus?.Invoke(context)));

    /// <summary>Publishes progress only when it moved past the highest reported so far.</summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, T> ReportAdvance<TVendor, T>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, T> binder,
        GenerationWorkflowStateMachine<TVendor> workflow,
        GenerationStage stage,
        Func<BehaviorContext<GenerationWorkflowState<TVendor>, T>, int> percent,
        Func<BehaviorContext<GenerationWorkflowState<TVendor>, T>, string?>? vendorStatus = null)
        where TVendor : class, IVendorWorkflow
        where T : class =>
        binder.If(context => percent(context) > context.Saga.LastPercent, advanced => advanced
            .Then(context => context.Saga.LastPercent = percent(context))
            .Publish(context => Progress(context.Saga, workflow.Vendor.Vendor, stage, vendorStatus?.Invoke(context))));

    /// <summary>
    /// Waits and submits again (a throttled or unstarted submit). A throttled submit waits until the generation's deadline; an
    /// unreachable vendor or an unstarted submit fails the generation once deferred more than <c>MaxSubmitDeferrals</c> times.
    /// </summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, T> DeferSubmit<TVendor, T>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, T> binder,
        GenerationWorkflowStateMachine<TVendor> workflow,
        Func<BehaviorContext<GenerationWorkflowState<TVendor>, T>, VendorSubmitDeferred> deferral)
        where TVendor : class, IVendorWorkflow
        where T : class =>
        binder
            .Then(context =>
            {
                context.Saga.SubmitInFlight = false;
                context.Saga.SubmitDeferrals++;
                context.Saga.Throttled = deferral(context).Reason == FailureReason.VendorRateLimited;
                if (context.Saga.Throttled)
                {
                    context.Saga.ThrottledDeferrals++;
                }
            })
            .IfElse(context => context.Saga.SubmitDeferrals - context.Saga.ThrottledDeferrals > workflow.Options.MaxSubmitDeferrals,
                failed => failed.Fail(workflow, context =>
                {
                    var deferred = deferral(context);
                    return Failure(context.Saga, workflow.Vendor.Vendor, deferred.Reason, true, deferred.VendorCode, deferred.VendorMessage);
                }),
                waiting => waiting.Schedule(workflow.StatusCheck, context => StatusCheckOf(context.Saga),
                    context => workflow.NextDelay(context.Saga.SubmitDeferrals, deferral(context).RetryAfter)));

    /// <summary>
    /// The vendor is full: the job waits in its queue, asks again at <c>QueuedRecheck</c> (or at once when granted a slot) and shows
    /// its place whenever it moved.
    /// </summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, VendorSubmitQueued> Queue<TVendor>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, VendorSubmitQueued> binder, GenerationWorkflowStateMachine<TVendor> workflow)
        where TVendor : class, IVendorWorkflow =>
        binder
            .Then(context => context.Saga.SubmitInFlight = false)
            .Schedule(workflow.StatusCheck, context => StatusCheckOf(context.Saga), _ => workflow.Options.QueuedRecheck)
            .If(context => context.Message.Position != context.Saga.QueuePosition, moved => moved
                .Then(context => context.Saga.QueuePosition = context.Message.Position)
                .Publish(context => QueuedProgress(context.Saga, workflow.Vendor.Vendor, context.Message)))
            .TransitionTo(workflow.Queued);

    /// <summary>Fails with what the vendor step reported.</summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, VendorStepFailed> Fail<TVendor>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, VendorStepFailed> binder, GenerationWorkflowStateMachine<TVendor> workflow)
        where TVendor : class, IVendorWorkflow =>
        binder.Fail(workflow, context => Failure(
            context.Saga, workflow.Vendor.Vendor, context.Message.Reason, context.Message.Retryable, context.Message.VendorCode, context.Message.VendorMessage));

    /// <summary>Fails with a reason of the workflow's own (a fault, the deadline).</summary>
    public static EventActivityBinder<GenerationWorkflowState<TVendor>, T> Fail<TVendor, T>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, T> binder,
        GenerationWorkflowStateMachine<TVendor> workflow,
        FailureReason reason,
        bool retryable,
        Func<BehaviorContext<GenerationWorkflowState<TVendor>, T>, string?> message)
        where TVendor : class, IVendorWorkflow
        where T : class =>
        binder.Fail(workflow, context => Failure(context.Saga, workflow.Vendor.Vendor, reason, retryable, null, message(context)));

    public static EventActivityBinder<GenerationWorkflowState<TVendor>, T> Fail<TVendor, T>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, T> binder,
        GenerationWorkflowStateMachine<TVendor> workflow,
        Func<BehaviorContext<GenerationWorkflowState<TVendor>, T>, GenerationFailed> failure)
        where TVendor : class, IVendorWorkflow
        where T : class =>
        binder
            .Unschedule(workflow.StatusCheck)
            .Unschedule(workflow.Deadline)
            .Then(context => context.Saga.FailureReason = failure(context).Reason)
            .ReleaseSlot(workflow)
            .Publish(context => failure(context))
            .TransitionTo(workflow.Failed);

    public static EventActivityBinder<GenerationWorkflowState<TVendor>, T> Cancel<TVendor, T>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, T> binder, GenerationWorkflowStateMachine<TVendor> workflow, string note)
        where TVendor : class, IVendorWorkflow
        where T : class =>
        binder.Cancel(workflow, _ => note);

    public static EventActivityBinder<GenerationWorkflowState<TVendor>, T> Cancel<TVendor, T>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, T> binder,
        GenerationWorkflowStateMachine<TVendor> workflow,
        Func<BehaviorContext<GenerationWorkflowState<TVendor>, T>, string?> note,
        Func<BehaviorContext<GenerationWorkflowState<TVendor>, T>, bool>? stopped = null)
        where TVendor : class, IVendorWorkflow
        where T : class =>
        binder
            .Unschedule(workflow.StatusCheck)
            .Unschedule(workflow.Deadline)
            .ReleaseSlot(workflow)
            .Publish(context => Cancellation(context.Saga, workflow.Vendor.Vendor, stopped?.Invoke(context) ?? false, note(context)))
            .TransitionTo(workflow.Cancelled);

    public static EventActivityBinder<GenerationWorkflowState<TVendor>, VendorAssetsCollected> Complete<TVendor>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, VendorAssetsCollected> binder, GenerationWorkflowStateMachine<TVendor> workflow)
        where TVendor : class, IVendorWorkflow =>
        binder
            .Unschedule(workflow.StatusCheck)
            .Unschedule(workflow.Deadline)
            .ReleaseSlot(workflow)
            .Publish(context => Completion(context.Saga, workflow.Vendor.Vendor, context.Message))
            .TransitionTo(workflow.Completed);

    /// <summary>
    /// At every end, when the vendor's capacity is capped: the slot (or queue place) goes back in the saga's own transaction (the
    /// admission tables share its database), and the generations granted in its place are told through the outbox, so neither
    /// can be lost. A generation that ends while preparing never asked for one: nothing to release.
    /// </summary>
    static EventActivityBinder<GenerationWorkflowState<TVendor>, T> ReleaseSlot<TVendor, T>(
        this EventActivityBinder<GenerationWorkflowState<TVendor>, T> binder, GenerationWorkflowStateMachine<TVendor> workflow)
        where TVendor : class, IVendorWorkflow
        where T : class =>
        binder.If(context => workflow.Options.MaxConcurrentJobs > 0 && context.Saga.CurrentState != workflow.Preparing.Name, capped => capped
            .Then(context => context.Saga.QueuePosition = 0)
            .ThenAsync(async context =>
            {
                var granted = await workflow.Admission.ReleaseAsync(
                    workflow.Vendor.Vendor, context.Saga.CorrelationId, CapacityPolicy.Of(workflow.Options), SagaTransaction(context), context.CancellationToken);
                foreach (var generationId in granted)
                {
                    await context.Send(workflow.Vendor.WorkflowAddress, new VendorSlotGranted { GenerationId = generationId });
                }
            }));

    /// <summary>The durable saga's transaction (null in memory): the status checks change with the saga, on its connection.</summary>
    static Npgsql.NpgsqlTransaction? SagaTransaction<TVendor>(BehaviorContext<GenerationWorkflowState<TVendor>> context)
        where TVendor : class, IVendorWorkflow =>
        context.PostgresOutboxTransaction<GenerationWorkflowState<TVendor>>();

    /// <summary>Replies and faults of a command come back to the vendor's workflow queue.</summary>
    static Action<SendContext<TCommand>> ReplyTo<TCommand, TVendor>(GenerationWorkflowStateMachine<TVendor> workflow)
        where TCommand : class
        where TVendor : class, IVendorWorkflow =>
        context =>
        {
            context.ResponseAddress = workflow.Vendor.WorkflowAddress;
            context.FaultAddress = workflow.Vendor.WorkflowAddress;
        };
}
