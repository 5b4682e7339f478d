using GenerationGateway.Adapters.Workflow.Admission;
using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Metrics;
using GenerationGateway.Adapters.Workflow.StatusChecks;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.Options;
using static GenerationGateway.Adapters.Workflow.GenerationWorkflowMessages;

namespace GenerationGateway.Adapters.Workflow;

/// <summary>
/// The one generation workflow every vendor runs: [preparing →] [queued →] submitting → processing (the status poller checks
/// the job and collects its assets) → completed | failed | cancelled. Vendor HTTP happens in the consumers of the commands
/// sent here; the repeated steps are the binder extensions of <see cref="GenerationWorkflowSteps"/>, the messages come from
/// <see cref="GenerationWorkflowMessages"/>, the endpoint from <see cref="GenerationWorkflowStateDefinition{TVendor}"/>.
/// Late and duplicate messages fall on <c>OnUnhandledEvent</c> and are ignored.
/// </summary>
public sealed class GenerationWorkflowStateMachine<TVendor> : MassTransitStateMachine<GenerationWorkflowState<TVendor>>
    where TVendor : class, IVendorWorkflow
{
    readonly IOptionsMonitor<WorkflowOptions> _options;

    public GenerationWorkflowStateMachine(VendorRegistration<TVendor> vendor, IOptionsMonitor<WorkflowOptions> options, TimeProvider clock,
        GatewayMetrics metrics, IStatusCheckStore statusChecks, IVendorAdmission admission)
    {
        Vendor = vendor;
        StatusChecks = statusChecks;
        Admission = admission;
        Clock = clock;
        _options = options;

        InstanceState(x => x.CurrentState);
        ConnectStateObserver(new GenerationWorkflowMetrics<TVendor>(this, metrics, vendor.Vendor, clock));

        Event(() => Requested, x => x.CorrelateById(m => m.Message.GenerationId));
        Correlated(() => CancelRequested, m => m.GenerationId);
        Correlated(() => InputsPrepared, m => m.GenerationId);
        Correlated(() => InputsPending, m => m.GenerationId);
        Correlated(() => JobSubmitted, m => m.GenerationId);
        Correlated(() => SubmitDeferred, m => m.GenerationId);
        Correlated(() => SubmitQueued, m => m.GenerationId);
        Correlated(() => SlotGranted, m => m.GenerationId);
        Correlated(() => JobRunning, m => m.GenerationId);
        Correlated(() => AssetsCollected, m => m.GenerationId);
        Correlated(() => JobStopped, m => m.GenerationId);
        Correlated(() => StepFailed, m => m.GenerationId);
        Correlated(() => CallbackReceived, m => m.GenerationId);
        Correlated(() => PrepareFaulted, m => m.Message.GenerationId);
        Correlated(() => SubmitFaulted, m => m.Message.GenerationId);
        Correlated(() => CollectFaulted, m => m.Message.GenerationId);
        Correlated(() => CancelFaulted, m => m.Message.GenerationId);
        Timer(() => StatusCheck, x => x.StatusCheckTokenId, TimeSpan.FromSeconds(5), m => m.GenerationId);
        Timer(() => Deadline, x => x.DeadlineTokenId, TimeSpan.FromHours(4), m => m.GenerationId);

        Initially(
            When(Requested)
                .Start(this)
                .Schedule(Deadline, context => DeadlineOf(context.Saga), context => context.Saga.Deadline.UtcDateTime)
                .PrepareOrSubmit(this));

        During(Preparing,
            When(InputsPrepared)
                .Unschedule(StatusCheck)
                .Remember(this, context => context.Message.State)
                .SendSubmit(this)
                .ReportProgress(this, GenerationStage.Submitting, 10)
                .TransitionTo(Submitting),
            When(InputsPending)
                .Remember(this, context => context.Message.State)
                .Then(context => context.Saga.PrepareAttempts++)
                .Schedule(StatusCheck, context => StatusCheckOf(context.Saga), context => NextDelay(context.Saga.PrepareAttempts, context.Message.RetryAfter))
                .ReportAdvance(this, GenerationStage.Preparing, context => PreparePercent(context.Message.Percent)),
            When(StatusCheck.Received)
                .SendPrepare(this, saga => saga.PrepareAttempts),
            When(CallbackReceived)
                .Unschedule(StatusCheck)
                .SendPrepare(this, saga => saga.PrepareAttempts),
            When(StepFailed).Fail(this),
            When(PrepareFaulted).Fail(this, FailureReason.InputUnavailable, retryable: true, context => FaultText(context.Message)),
            When(CancelRequested).Cancel(this, "Cancelled before anything was submitted to the vendor."),
            When(Deadline.Received).Fail(this, FailureReason.DeadlineExceeded, retryable: true, _ => "The deadline passed while the inputs were being prepared."));

        // Submitting and Queued share the answers to a submit: a queued job asks again at its recheck and may be admitted then.
        During(Submitting, Queued,
            When(JobSubmitted)
                .Accept(this)
                .TrackStatusChecks(this)
                .TransitionTo(Processing),
            When(SubmitQueued).Queue(this),
            When(SubmitDeferred).DeferSubmit(this, context => context.Message),
            When(SubmitFaulted, context => SubmitNotStarted(context.Message)).DeferSubmit(this, context => NotStartedDeferral(context.Message)),
            When(StepFailed)
                .Then(context => context.Saga.SubmitInFlight = false)
                .Fail(this),
            When(SubmitFaulted, context => !SubmitNotStarted(context.Message))
                .Then(context => context.Saga.SubmitInFlight = false)
                .Fail(this, FailureReason.SubmitOutcomeUnknown, retryable: false, context => FaultText(context.Message)),
            When(CancelRequested)
                .IfElse(context => context.Saga.SubmitInFlight,
                    binder => binder.Unschedule(StatusCheck).TransitionTo(Cancelling),
                    binder => binder.Cancel(this, "Cancelled before the vendor accepted a job.")));

        During(Submitting,
            When(StatusCheck.Received)
                .SendSubmit(this),
            When(Deadline.Received).IfElse(context => context.Saga.Throttled,
                throttled => throttled.Fail(this, FailureReason.VendorRateLimited, retryable: true, _ => "The deadline passed while the vendor's rate limit held the submit back."),
                other => other.Fail(this, FailureReason.DeadlineExceeded, retryable: true, _ => "The deadline passed before the vendor accepted the job.")));

        During(Queued,
            When(SlotGranted)
                .Unschedule(StatusCheck)
                .If(context => !context.Saga.SubmitInFlight, binder => binder.SendSubmit(this))
                .ReportProgress(this, GenerationStage.Submitting, 10)
                .TransitionTo(Submitting),
            When(StatusCheck.Received)
                .If(context => !context.Saga.SubmitInFlight, binder => binder.SendSubmit(this)),
            When(Deadline.Received).Fail(this, FailureReason.VendorRateLimited, retryable: true, _ => "The deadline passed while the job waited for a slot at the vendor."));

        // Status checks run in the vendor's status poller (StatusChecks/), off this queue; it reports only what changed and
        // starts the collection of a finished job itself, whose reply (or fault) ends the generation here. Collecting is
        // only where an earlier version left a generation; it ends the same way.
        During(Processing, Collecting,
            When(CallbackReceived)
                .CheckNow(this),
            When(JobRunning)
                .Remember(this, context => context.Message.State)
                .ReportAdvance(this, GenerationStage.Processing, context => ProcessingPercent(context.Message.Percent), context => context.Message.VendorStatus),
            When(AssetsCollected).Complete(this),
            When(CollectFaulted).Fail(this, FailureReason.AssetDownloadFailed, retryable: true, context => FaultText(context.Message)),
            When(StepFailed).Fail(this),
            When(CancelRequested).SendCancel(this).TransitionTo(Cancelling),
            When(Deadline.Received)
                .SendCancel(this, expectReply: false)
                .Fail(this, FailureReason.DeadlineExceeded, retryable: true, _ => "The deadline passed while the vendor was processing the job."));

        WhenLeave(Processing, binder => binder.StopStatusChecks(this));

        During(Cancelling,
            When(JobSubmitted)
                .Accept(this)
                .SendCancel(this),
            When(SubmitDeferred).Cancel(this, "Cancelled before the vendor accepted a job."),
            When(SubmitQueued).Cancel(this, "Cancelled while the job waited for a slot at the vendor."),
            When(SubmitFaulted, context => SubmitNotStarted(context.Message)).Cancel(this, "Cancelled before the vendor accepted a job."),
            When(StepFailed).Cancel(this, context => CancelNote(context.Saga, context.Message)),
            When(SubmitFaulted, context => !SubmitNotStarted(context.Message))
                .Cancel(this, "Cancelled while the submit's outcome was unknown; the vendor may hold an orphaned job."),
            When(JobStopped).Cancel(this, context => context.Message.Note, context => context.Message.Stopped),
            When(AssetsCollected).Cancel(this, "The vendor job had already finished; its assets were discarded."),
            When(CancelFaulted).Cancel(this, context => "The vendor could not be asked to stop the job: " + FaultText(context.Message)),
            When(Deadline.Received).Cancel(this, "The deadline passed before the vendor confirmed the cancellation."));

        // A job the vendor accepted after the generation had already failed (deadline during submit) is stopped, best effort.
        During(Failed,
            When(JobSubmitted)
                .Then(context => context.Saga.VendorJobId = context.Message.VendorJobId)
                .SendCancel(this, expectReply: false));

        WhenEnterAny(binder => binder.Then(context => context.Saga.StateEnteredAt = Clock.GetUtcNow()));

        OnUnhandledEvent(context => context.Ignore());
    }

    /// <summary>The vendor's key and queues.</summary>
    public VendorRegistration<TVendor> Vendor { get; }

    public State Preparing { get; private set; } = null!;

    public State Submitting { get; private set; } = null!;

    /// <summary>The vendor account is at its concurrency cap: the job waits for a slot (see <c>Admission/</c>).</summary>
    public State Queued { get; private set; } = null!;

    public State Processing { get; private set; } = null!;

    /// <summary>Not entered any more: the state of a generation an earlier version stored while its assets were collected.</summary>
    public State Collecting { get; private set; } = null!;

    public State Cancelling { get; private set; } = null!;

    public State Completed { get; private set; } = null!;

    public State Failed { get; private set; } = null!;

    public State Cancelled { get; private set; } = null!;

    public Event<GenerationRequested> Requested { get; private set; } = null!;

    public Event<CancelGeneration> CancelRequested { get; private set; } = null!;

    public Event<VendorInputsPrepared> InputsPrepared { get; private set; } = null!;

    public Event<VendorInputsPending> InputsPending { get; private set; } = null!;

    public Event<VendorJobSubmitted> JobSubmitted { get; private set; } = null!;

    public Event<VendorSubmitDeferred> SubmitDeferred { get; private set; } = null!;

    public Event<VendorSubmitQueued> SubmitQueued { get; private set; } = null!;

    public Event<VendorSlotGranted> SlotGranted { get; private set; } = null!;

    public Event<VendorJobRunning> JobRunning { get; private set; } = null!;

    public Event<VendorAssetsCollected> AssetsCollected { get; private set; } = null!;

    public Event<VendorJobStopped> JobStopped { get; private set; } = null!;

    public Event<VendorStepFailed> StepFailed { get; private set; } = null!;

    public Event<VendorCallbackReceived> CallbackReceived { get; private set; } = null!;

    public Event<Fault<PrepareVendorInputs>> PrepareFaulted { get; private set; } = null!;

    public Event<Fault<SubmitVendorJob>> SubmitFaulted { get; private set; } = null!;

    public Event<Fault<CollectVendorAssets>> CollectFaulted { get; private set; } = null!;

    public Event<Fault<CancelVendorJob>> CancelFaulted { get; private set; } = null!;

    public Schedule<GenerationWorkflowState<TVendor>, StatusCheckDue> StatusCheck { get; private set; } = null!;

    public Schedule<GenerationWorkflowState<TVendor>, DeadlineReached> Deadline { get; private set; } = null!;

    internal TimeProvider Clock { get; }

    /// <summary>The vendor jobs in processing, which the vendor's status poller checks.</summary>
    internal IStatusCheckStore StatusChecks { get; }

    /// <summary>The vendor's slots: an ending generation gives its own back in its own transaction.</summary>
    internal IVendorAdmission Admission { get; }

    internal WorkflowOptions Options => _options.Get(Vendor.Vendor);

    internal TimeSpan NextDelay(int attempt, TimeSpan? vendorHint) => Options.NextDelay(attempt, vendorHint);

    /// <summary>A message about one generation, for its saga only: a message about a generation it does not hold is dropped.</summary>
    void Correlated<T>(System.Linq.Expressions.Expression<Func<Event<T>>> propertyExpression, Func<T, Guid> correlationId)
        where T : class =>
        Event(propertyExpression, x => { x.CorrelateById(m => correlationId(m.Message)); x.OnMissingInstance(m => m.Discard()); });

    void Timer<T>(System.Linq.Expressions.Expression<Func<Schedule<GenerationWorkflowState<TVendor>, T>>> schedule,
        System.Linq.Expressions.Expression<Func<GenerationWorkflowState<TVendor>, Guid?>> token, TimeSpan delay, Func<T, Guid> correlationId)
        where T : class =>
        Schedule(schedule, token, x =>
        {
            x.Delay = delay;
            x.Received = r => { r.CorrelateById(m => correlationId(m.Message)); r.OnMissingInstance(m => m.Discard()); };
        });
}
