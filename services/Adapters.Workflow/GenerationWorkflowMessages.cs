using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.StatusChecks;
using GenerationGateway.Adapters.Workflow.Submits;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using MassTransit;

namespace GenerationGateway.Adapters.Workflow;

/// <summary>
/// What the generation workflow sends and publishes, made from the saga as it is: these factories read the
/// saga and never change it (the steps in <see cref="GenerationWorkflowSteps"/> do that, before they call them).
/// </summary>
public static class GenerationWorkflowMessages
{
    public static StatusCheckDue StatusCheckOf<TVendor>(GenerationWorkflowState<TVendor> saga)
        where TVendor : class, IVendorWorkflow => new() { GenerationId = saga.CorrelationId };

    public static DeadlineReached DeadlineOf<TVendor>(GenerationWorkflowState<TVendor> saga)
        where TVendor : class, IVendorWorkflow => new() { GenerationId = saga.CorrelationId };

    /// <summary>Preparation takes the first tenth of the progress.</summary>
    public static int PreparePercent(int? percent) => Math.Clamp(percent ?? 0, 0, 100) / 10;

    /// <summary>Progress while the finished job's assets are collected.</summary>
    public const int CollectingPercent = 95;

    /// <summary>The vendor's processing takes 10 to 90 percent.</summary>
    public static int ProcessingPercent(int? percent) => 10 + (Math.Clamp(percent ?? 0, 0, 100) * 8 / 10);

    public static string CancelNote<TVendor>(GenerationWorkflowState<TVendor> saga, VendorStepFailed failed)
        where TVendor : class, IVendorWorkflow =>
        saga.VendorJobId is null
            ? "Cancelled; the vendor refused the submit."
            : $"Cancelled; the vendor reported {failed.Reason}.";

    public static string FaultText<T>(Fault<T> fault) => FailureMessages.Of(fault.Exceptions.FirstOrDefault());

    /// <summary>Whether the submit failed before its intent was recorded: the vendor was certainly not called.</summary>
    public static bool SubmitNotStarted(Fault<SubmitVendorJob> fault) =>
        fault.Exceptions.Any(exception => exception.ExceptionType == typeof(SubmitNotStartedException).FullName);

    /// <summary>A submit that could not start (database or broker unavailable) waits and is tried again, like a throttled one.</summary>
    public static VendorSubmitDeferred NotStartedDeferral(Fault<SubmitVendorJob> fault) => new()
    {
        GenerationId = fault.Message.GenerationId,
        Reason = FailureReason.InternalError,
        VendorMessage = FaultText(fault),
    };

    public static PrepareVendorInputs Prepare<TVendor>(GenerationWorkflowState<TVendor> saga, int attempt)
        where TVendor : class, IVendorWorkflow => new() { GenerationId = saga.CorrelationId, Job = saga.ToVendorJob(attempt) };

    public static SubmitVendorJob Submit<TVendor>(GenerationWorkflowState<TVendor> saga)
        where TVendor : class, IVendorWorkflow => new()
        {
            GenerationId = saga.CorrelationId,
            Job = saga.ToVendorJob(saga.SubmitDeferrals),
            Deadline = saga.Deadline,
        };

    public static GenerationProgressed QueuedProgress<TVendor>(GenerationWorkflowState<TVendor> saga, string vendor, VendorSubmitQueued queued)
        where TVendor : class, IVendorWorkflow => Progress(saga, vendor, GenerationStage.Queued, null) with
        {
            QueuePosition = queued.Position,
            QueueEstimate = queued.Estimate,
        };

    /// <summary>The accepted job as the status poller watches it, first due at <paramref name="firstCheck"/>.</summary>
    public static StatusCheckEntry StatusChecksOf<TVendor>(GenerationWorkflowState<TVendor> saga, string vendor, DateTimeOffset firstCheck)
        where TVendor : class, IVendorWorkflow => new()
        {
            Vendor = vendor,
            GenerationId = saga.CorrelationId,
            Job = saga.ToVendorJob(0),
            Deadline = saga.Deadline,
            NextCheckAt = firstCheck,
            TraceParent = System.Diagnostics.Activity.Current?.Id,
        };

    public static CancelVendorJob CancelJob<TVendor>(GenerationWorkflowState<TVendor> saga)
        where TVendor : class, IVendorWorkflow => new() { GenerationId = saga.CorrelationId, Job = saga.ToVendorJob(0) };

    public static GenerationProgressed Progress<TVendor>(GenerationWorkflowState<TVendor> saga, string vendor, GenerationStage stage, string? vendorStatus)
        where TVendor : class, IVendorWorkflow => new()
        {
            GenerationId = saga.CorrelationId,
            Vendor = vendor,
            Stage = stage,
            Percent = saga.LastPercent,
            VendorStatus = vendorStatus,
        };

    public static GenerationAccepted Accepted<TVendor>(GenerationWorkflowState<TVendor> saga, string vendor)
        where TVendor : class, IVendorWorkflow => new()
        {
            GenerationId = saga.CorrelationId,
            Vendor = vendor,
            VendorJobId = saga.VendorJobId!,
        };

    public static GenerationFailed Failure<TVendor>(
        GenerationWorkflowState<TVendor> saga, string vendor, FailureReason reason, bool retryable, string? vendorCode, string? vendorMessage)
        where TVendor : class, IVendorWorkflow => new()
        {
            GenerationId = saga.CorrelationId,
            Vendor = vendor,
            Reason = reason,
            Retryable = retryable,
            VendorJobId = saga.VendorJobId,
            VendorCode = vendorCode,
            VendorMessage = vendorMessage,
        };

    public static GenerationCancelled Cancellation<TVendor>(GenerationWorkflowState<TVendor> saga, string vendor, bool stopped, string? note)
        where TVendor : class, IVendorWorkflow => new()
        {
            GenerationId = saga.CorrelationId,
            Vendor = vendor,
            VendorJobStopped = stopped,
            VendorJobId = saga.VendorJobId,
            Note = note,
        };

    public static GenerationCompleted Completion<TVendor>(GenerationWorkflowState<TVendor> saga, string vendor, VendorAssetsCollected collected)
        where TVendor : class, IVendorWorkflow => new()
        {
            GenerationId = saga.CorrelationId,
            Vendor = vendor,
            VendorJobId = saga.VendorJobId!,
            Assets = collected.Assets,
            Usage = collected.Usage,
            PartialNote = collected.PartialNote,
        };
}
