using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Metrics;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow;

/// <summary>
/// The one generation workflow every vendor runs: preparing → submitting → processing → collecting →
/// completed | failed | cancelled. Vendor HTTP happens in the consumers of the commands sent here;
/// this class is the transition table. Late and duplicate messages fall on <c>OnUnhandledEvent</c> and are ignored.
/// </summary>
public sealed class GenerationWorkflowStateMachine<TVendor> : MassTransitStateMachine<GenerationWorkflowState<TVendor>>
    where TVendor : class, IVendorWorkflow
{
    readonly VendorRegistration<TVendor> _vendor;
    readonly IOptionsMonitor<WorkflowOptions> _options;
    readonly TimeProvider _clock;

    public GenerationWorkflowStateMachine(VendorRegistration<TVendor> vendor, IOptionsMonitor<WorkflowOptions> options, TimeProvider clock, GatewayMetrics metrics)
    {
        _vendor = vendor;
        _options = options;
        _clock = clock;

        InstanceState(x => x.CurrentState);
        ConnectStateObserver(new GenerationWorkflowMetrics<TVendor>(this, metrics, vendor.Vendor, clock));

        Event(() => Requested, x => x.CorrelateById(m => m.Message.GenerationId));
        Event(() => CancelRequested, x => { x.CorrelateById(m => m.Message.GenerationId); x.OnMissingInstance(m => m.Discard()); });
        Reply(() => InputsPrepared, m => m.GenerationId);
        Reply(() => InputsPending, m => m.GenerationId);
        Reply(() => JobSubmitted, m => m.GenerationId);
        Reply(() => SubmitDeferred, m => m.GenerationId);
        Reply(() => JobRunning, m => m.GenerationId);
        Reply(() => JobSucceeded, m => m.GenerationId);
        Reply(() => AssetsCollected, m => m.GenerationId);
        Reply(() => JobStopped, m => m.GenerationId);
        Reply(() => StepFailed, m => m.GenerationId);
        Reply(() => CallbackReceived, m => m.GenerationId);
        Reply(() => PrepareFaulted, m => m.Message.GenerationId);
        Reply(() => SubmitFaulted, m => m.Message.GenerationId);
        Reply(() => CheckFaulted, m => m.Message.GenerationId);
        Reply(() => CollectFaulted, m => m.Message.GenerationId);
        Reply(() => CancelFaulted, m => m.Message.GenerationId);

        Schedule(() => StatusCheck, x => x.StatusCheckTokenId, x =>
        {
            x.Delay = TimeSpan.FromSeconds(5);
            x.Received = r => { r.CorrelateById(m => m.Message.GenerationId); r.OnMissingInstance(m => m.Discard()); };
        });
        Schedule(() => Deadline, x => x.DeadlineTokenId, x =>
        {
            x.Delay = TimeSpan.FromHours(4);
            x.Received = r => { r.CorrelateById(m => m.Message.GenerationId); r.OnMissingInstance(m => m.Discard()); };
        });

        Initially(
            When(Requested)
                .Then(context => Start(context.Saga, context.Message, context.SentTime))
                .Schedule(Deadline, context => new DeadlineReached { GenerationId = context.Saga.CorrelationId }, context => context.Saga.Deadline.UtcDateTime)
                .Publish(context => Progress(context.Saga, GenerationStage.Preparing, 0, null))
                .Send(_vendor.InputsAddress, context => new PrepareVendorInputs { GenerationId = context.Saga.CorrelationId, Job = context.Saga.ToVendorJob(0) }, ReplyToWorkflow)
                .TransitionTo(Preparing));

        During(Preparing,
            When(InputsPrepared)
                .Unschedule(StatusCheck)
                .Then(context => Remember(context.Saga, context.Message.State))
                .Then(context => context.Saga.SubmitInFlight = true)
                .Send(_vendor.VendorCallsAddress, context => new SubmitVendorJob { GenerationId = context.Saga.CorrelationId, Job = context.Saga.ToVendorJob(context.Saga.SubmitDeferrals) }, ReplyToWorkflow)
                .Publish(context => Progress(context.Saga, GenerationStage.Submitting, 10, null))
                .TransitionTo(Submitting),
            When(InputsPending)
                .Then(context => Remember(context.Saga, context.Message.State))
                .Then(context => context.Saga.PrepareAttempts++)
                .Schedule(StatusCheck, context => Due(context.Saga), context => NextDelay(context.Saga.PrepareAttempts, context.Message.RetryAfter))
                .If(context => context.Message.Percent is not null && PreparePercent(context.Message.Percent) > context.Saga.LastPercent,
                    binder => binder.Publish(context => Progress(context.Saga, GenerationStage.Preparing, PreparePercent(context.Message.Percent), null))),
            When(StatusCheck.Received)
                .Send(_vendor.InputsAddress, context => new PrepareVendorInputs { GenerationId = context.Saga.CorrelationId, Job = context.Saga.ToVendorJob(context.Saga.PrepareAttempts) }, ReplyToWorkflow),
            When(CallbackReceived)
                .Unschedule(StatusCheck)
                .Send(_vendor.InputsAddress, context => new PrepareVendorInputs { GenerationId = context.Saga.CorrelationId, Job = context.Saga.ToVendorJob(context.Saga.PrepareAttempts) }, ReplyToWorkflow),
            When(StepFailed)
                .Unschedule(StatusCheck).Unschedule(Deadline)
                .Publish(context => Failure(context.Saga, context.Message.Reason, context.Message.Retryable, context.Message.VendorCode, context.Message.VendorMessage))
                .TransitionTo(Failed),
            When(PrepareFaulted)
                .Unschedule(StatusCheck).Unschedule(Deadline)
                .Publish(context => Failure(context.Saga, FailureReason.InputUnavailable, true, null, FaultText(context.Message)))
                .TransitionTo(Failed),
            When(CancelRequested)
                .Then(context => context.Saga.CancelReason = context.Message.Reason)
                .Unschedule(StatusCheck).Unschedule(Deadline)
                .Publish(context => Cancellation(context.Saga, false, "Cancelled before anything was submitted to the vendor."))
                .TransitionTo(Cancelled),
            When(Deadline.Received)
                .Unschedule(StatusCheck)
                .Publish(context => Failure(context.Saga, FailureReason.DeadlineExceeded, true, null, "The deadline passed while the inputs were being prepared."))
                .TransitionTo(Failed));

        During(Submitting,
            When(JobSubmitted)
                .Then(context => Accept(context.Saga, context.Message))
                .Publish(context => Accepted(context.Saga))
                .Schedule(StatusCheck, context => Due(context.Saga), context => NextDelay(0, context.Message.FirstCheckAfter))
                .TransitionTo(Processing),
            When(SubmitDeferred)
                .Then(context => { context.Saga.SubmitInFlight = false; context.Saga.SubmitDeferrals++; })
                .IfElse(context => context.Saga.SubmitDeferrals > Options.MaxSubmitDeferrals,
                    binder => binder
                        .Unschedule(Deadline)
                        .Publish(context => Failure(context.Saga, context.Message.Reason, true, context.Message.VendorCode, context.Message.VendorMessage))
                        .TransitionTo(Failed),
                    binder => binder.Schedule(StatusCheck, context => Due(context.Saga), context => NextDelay(context.Saga.SubmitDeferrals, context.Message.RetryAfter))),
            When(StatusCheck.Received)
                .Then(context => context.Saga.SubmitInFlight = true)
                .Send(_vendor.VendorCallsAddress, context => new SubmitVendorJob { GenerationId = context.Saga.CorrelationId, Job = context.Saga.ToVendorJob(context.Saga.SubmitDeferrals) }, ReplyToWorkflow),
            When(StepFailed)
                .Then(context => context.Saga.SubmitInFlight = false)
                .Unschedule(StatusCheck).Unschedule(Deadline)
                .Publish(context => Failure(context.Saga, context.Message.Reason, context.Message.Retryable, context.Message.VendorCode, context.Message.VendorMessage))
                .TransitionTo(Failed),
            When(SubmitFaulted)
                .Then(context => context.Saga.SubmitInFlight = false)
                .Unschedule(StatusCheck).Unschedule(Deadline)
                .Publish(context => Failure(context.Saga, FailureReason.SubmitOutcomeUnknown, false, null, FaultText(context.Message)))
                .TransitionTo(Failed),
            When(CancelRequested)
                .Then(context => context.Saga.CancelReason = context.Message.Reason)
                .Unschedule(StatusCheck)
                .IfElse(context => context.Saga.SubmitInFlight,
                    binder => binder.TransitionTo(Cancelling),
                    binder => binder
                        .Unschedule(Deadline)
                        .Publish(context => Cancellation(context.Saga, false, "Cancelled before the vendor accepted a job."))
                        .TransitionTo(Cancelled)),
            When(Deadline.Received)
                .Unschedule(StatusCheck)
                .Publish(context => Failure(context.Saga, FailureReason.DeadlineExceeded, true, null, "The deadline passed before the vendor accepted the job."))
                .TransitionTo(Failed));

        During(Processing,
            When(StatusCheck.Received)
                .Then(context => context.Saga.CheckCount++)
                .Send(_vendor.VendorCallsAddress, context => new CheckVendorJob { GenerationId = context.Saga.CorrelationId, Job = context.Saga.ToVendorJob(context.Saga.CheckCount) }, ReplyToWorkflow),
            When(CallbackReceived)
                .Unschedule(StatusCheck)
                .Then(context => context.Saga.CheckCount++)
                .Send(_vendor.VendorCallsAddress, context => new CheckVendorJob { GenerationId = context.Saga.CorrelationId, Job = context.Saga.ToVendorJob(context.Saga.CheckCount) }, ReplyToWorkflow),
            When(JobRunning)
                .Then(context => { context.Saga.ConsecutiveCheckFailures = 0; Remember(context.Saga, context.Message.State); })
                .Schedule(StatusCheck, context => Due(context.Saga), context => NextDelay(context.Saga.CheckCount, context.Message.RetryAfter))
                .If(context => ProcessingPercent(context.Message.Percent) > context.Saga.LastPercent,
                    binder => binder.Publish(context => Progress(context.Saga, GenerationStage.Processing, ProcessingPercent(context.Message.Percent), context.Message.VendorStatus))),
            When(JobSucceeded)
                .Then(context => Remember(context.Saga, context.Message.State))
                .Send(_vendor.VendorCallsAddress, context => new CollectVendorAssets { GenerationId = context.Saga.CorrelationId, Job = context.Saga.ToVendorJob(0) }, ReplyToWorkflow)
                .Publish(context => Progress(context.Saga, GenerationStage.Collecting, 95, context.Message.VendorStatus))
                .TransitionTo(Collecting),
            When(StepFailed)
                .Unschedule(StatusCheck).Unschedule(Deadline)
                .Publish(context => Failure(context.Saga, context.Message.Reason, context.Message.Retryable, context.Message.VendorCode, context.Message.VendorMessage))
                .TransitionTo(Failed),
            When(CheckFaulted)
                .Then(context => context.Saga.ConsecutiveCheckFailures++)
                .IfElse(context => context.Saga.ConsecutiveCheckFailures > Options.MaxConsecutiveCheckFailures,
                    binder => binder
                        .Unschedule(Deadline)
                        .Publish(context => Failure(context.Saga, FailureReason.VendorUnavailable, true, null, FaultText(context.Message)))
                        .TransitionTo(Failed),
                    binder => binder.Schedule(StatusCheck, context => Due(context.Saga), context => NextDelay(context.Saga.CheckCount, null))),
            When(CancelRequested)
                .Then(context => context.Saga.CancelReason = context.Message.Reason)
                .Unschedule(StatusCheck)
                .Send(_vendor.VendorCallsAddress, context => new CancelVendorJob { GenerationId = context.Saga.CorrelationId, Job = context.Saga.ToVendorJob(0) }, ReplyToWorkflow)
                .TransitionTo(Cancelling),
            When(Deadline.Received)
                .Unschedule(StatusCheck)
                .Send(_vendor.VendorCallsAddress, context => new CancelVendorJob { GenerationId = context.Saga.CorrelationId, Job = context.Saga.ToVendorJob(0) })
                .Publish(context => Failure(context.Saga, FailureReason.DeadlineExceeded, true, null, "The deadline passed while the vendor was processing the job."))
                .TransitionTo(Failed));

        During(Collecting,
            When(AssetsCollected)
                .Unschedule(Deadline)
                .Publish(context => Completion(context.Saga, context.Message))
                .TransitionTo(Completed),
            When(StepFailed)
                .Unschedule(Deadline)
                .Publish(context => Failure(context.Saga, context.Message.Reason, context.Message.Retryable, context.Message.VendorCode, context.Message.VendorMessage))
                .TransitionTo(Failed),
            When(CollectFaulted)
                .Unschedule(Deadline)
                .Publish(context => Failure(context.Saga, FailureReason.AssetDownloadFailed, true, null, FaultText(context.Message)))
                .TransitionTo(Failed),
            When(CancelRequested)
                .Then(context => context.Saga.CancelReason = context.Message.Reason)
                .Unschedule(Deadline)
                .Publish(context => Cancellation(context.Saga, false, "The vendor job had already finished; its assets were discarded."))
                .TransitionTo(Cancelled),
            When(Deadline.Received)
                .Publish(context => Failure(context.Saga, FailureReason.DeadlineExceeded, true, null, "The deadline passed while the assets were being collected."))
                .TransitionTo(Failed));

        During(Cancelling,
            When(JobSubmitted)
                .Then(context => Accept(context.Saga, context.Message))
                .Publish(context => Accepted(context.Saga))
                .Send(_vendor.VendorCallsAddress, context => new CancelVendorJob { GenerationId = context.Saga.CorrelationId, Job = context.Saga.ToVendorJob(0) }, ReplyToWorkflow),
            When(SubmitDeferred)
                .Unschedule(Deadline)
                .Publish(context => Cancellation(context.Saga, false, "Cancelled before the vendor accepted a job."))
                .TransitionTo(Cancelled),
            When(StepFailed)
                .Unschedule(Deadline)
                .Publish(context => Cancellation(context.Saga, false, CancelNote(context.Saga, context.Message)))
                .TransitionTo(Cancelled),
            When(SubmitFaulted)
                .Unschedule(Deadline)
                .Publish(context => Cancellation(context.Saga, false, "Cancelled while the submit's outcome was unknown; the vendor may hold an orphaned job."))
                .TransitionTo(Cancelled),
            When(JobStopped)
                .Unschedule(Deadline)
                .Publish(context => Cancellation(context.Saga, context.Message.Stopped, context.Message.Note))
                .TransitionTo(Cancelled),
            When(CancelFaulted)
                .Unschedule(Deadline)
                .Publish(context => Cancellation(context.Saga, false, "The vendor could not be asked to stop the job: " + FaultText(context.Message)))
                .TransitionTo(Cancelled),
            When(Deadline.Received)
                .Publish(context => Cancellation(context.Saga, false, "The deadline passed before the vendor confirmed the cancellation."))
                .TransitionTo(Cancelled));

        // A job the vendor accepted after the generation had already failed (deadline during submit) is stopped, best effort.
        During(Failed,
            When(JobSubmitted)
                .Then(context => context.Saga.VendorJobId = context.Message.VendorJobId)
                .Send(_vendor.VendorCallsAddress, context => new CancelVendorJob { GenerationId = context.Saga.CorrelationId, Job = context.Saga.ToVendorJob(0) }));

        WhenEnterAny(binder => binder.Then(context => context.Saga.StateEnteredAt = _clock.GetUtcNow()));

        OnUnhandledEvent(context => context.Ignore());
    }

    public State Preparing { get; private set; } = null!;

    public State Submitting { get; private set; } = null!;

    public State Processing { get; private set; } = null!;

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

    public Event<VendorJobRunning> JobRunning { get; private set; } = null!;

    public Event<VendorJobSucceeded> JobSucceeded { get; private set; } = null!;

    public Event<VendorAssetsCollected> AssetsCollected { get; private set; } = null!;

    public Event<VendorJobStopped> JobStopped { get; private set; } = null!;

    public Event<VendorStepFailed> StepFailed { get; private set; } = null!;

    public Event<VendorCallbackReceived> CallbackReceived { get; private set; } = null!;

    public Event<Fault<PrepareVendorInputs>> PrepareFaulted { get; private set; } = null!;

    public Event<Fault<SubmitVendorJob>> SubmitFaulted { get; private set; } = null!;

    public Event<Fault<CheckVendorJob>> CheckFaulted { get; private set; } = null!;

    public Event<Fault<CollectVendorAssets>> CollectFaulted { get; private set; } = null!;

    public Event<Fault<CancelVendorJob>> CancelFaulted { get; private set; } = null!;

    public Schedule<GenerationWorkflowState<TVendor>, StatusCheckDue> StatusCheck { get; private set; } = null!;

    public Schedule<GenerationWorkflowState<TVendor>, DeadlineReached> Deadline { get; private set; } = null!;

    WorkflowOptions Options => _options.Get(_vendor.Vendor);

    void Reply<T>(System.Linq.Expressions.Expression<Func<Event<T>>> propertyExpression, Func<T, Guid> correlationId)
        where T : class =>
        Event(propertyExpression, x => { x.CorrelateById(m => correlationId(m.Message)); x.OnMissingInstance(m => m.Discard()); });

    void ReplyToWorkflow<T>(SendContext<T> context)
        where T : class
    {
        context.ResponseAddress = _vendor.WorkflowAddress;
        context.FaultAddress = _vendor.WorkflowAddress;
    }

    void Start(GenerationWorkflowState<TVendor> saga, GenerationRequested request, DateTime? sentTime)
    {
        var now = _clock.GetUtcNow();
        saga.Request = request;
        saga.CreatedAt = now;
        saga.UpdatedAt = now;
        saga.RequestedAt = sentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : now;
        saga.Deadline = request.Deadline ?? now + Options.DefaultDeadline;
    }

    TimeSpan NextDelay(int attempt, TimeSpan? vendorHint) => Options.NextDelay(attempt, vendorHint);

    static StatusCheckDue Due(GenerationWorkflowState<TVendor> saga) => new() { GenerationId = saga.CorrelationId };

    void Remember(GenerationWorkflowState<TVendor> saga, IReadOnlyDictionary<string, string>? state)
    {
        if (state is not null)
        {
            saga.VendorState = new Dictionary<string, string>(state);
        }

        saga.UpdatedAt = _clock.GetUtcNow();
    }

    void Accept(GenerationWorkflowState<TVendor> saga, VendorJobSubmitted submitted)
    {
        saga.SubmitInFlight = false;
        saga.VendorJobId = submitted.VendorJobId;
        Remember(saga, submitted.State);
    }

    static int PreparePercent(int? percent) => Math.Clamp(percent ?? 0, 0, 100) / 10;

    static int ProcessingPercent(int? percent) => 10 + (Math.Clamp(percent ?? 0, 0, 100) * 8 / 10);

    static string CancelNote(GenerationWorkflowState<TVendor> saga, VendorStepFailed failed) =>
        saga.VendorJobId is null
            ? "Cancelled; the vendor refused the submit."
            : $"Cancelled; the vendor reported {failed.Reason}.";

    static string FaultText<T>(Fault<T> fault) => FailureMessages.Of(fault.Exceptions.FirstOrDefault());

    GenerationProgressed Progress(GenerationWorkflowState<TVendor> saga, GenerationStage stage, int percent, string? vendorStatus)
    {
        saga.LastPercent = Math.Max(saga.LastPercent, percent);
        return new GenerationProgressed
        {
            GenerationId = saga.CorrelationId,
            Vendor = _vendor.Vendor,
            Stage = stage,
            Percent = saga.LastPercent,
            VendorStatus = vendorStatus,
        };
    }

    GenerationAccepted Accepted(GenerationWorkflowState<TVendor> saga) => new()
    {
        GenerationId = saga.CorrelationId,
        Vendor = _vendor.Vendor,
        VendorJobId = saga.VendorJobId!,
    };

    GenerationFailed Failure(GenerationWorkflowState<TVendor> saga, FailureReason reason, bool retryable, string? vendorCode, string? vendorMessage)
    {
        // Kept on the saga for the metrics of the transition to Failed that follows every failure.
        saga.FailureReason = reason;
        return new()
        {
            GenerationId = saga.CorrelationId,
            Vendor = _vendor.Vendor,
            Reason = reason,
            Retryable = retryable,
            VendorJobId = saga.VendorJobId,
            VendorCode = vendorCode,
            VendorMessage = vendorMessage,
        };
    }

    GenerationCancelled Cancellation(GenerationWorkflowState<TVendor> saga, bool stopped, string? note) => new()
    {
        GenerationId = saga.CorrelationId,
        Vendor = _vendor.Vendor,
        VendorJobStopped = stopped,
        VendorJobId = saga.VendorJobId,
        Note = note,
    };

    GenerationCompleted Completion(GenerationWorkflowState<TVendor> saga, VendorAssetsCollected collected) => new()
    {
        GenerationId = saga.CorrelationId,
        Vendor = _vendor.Vendor,
        VendorJobId = saga.VendorJobId!,
        Assets = collected.Assets,
        Usage = collected.Usage,
        PartialNote = collected.PartialNote,
    };
}
