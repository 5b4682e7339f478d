using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using MassTransit;

namespace GenerationGateway.Adapters.Workflow;

/// <summary>
/// One generation's workflow at one vendor. <typeparamref name="TVendor"/> only keeps each vendor's
/// sagas apart (one repository and one queue per vendor, even when several vendors share a process).
/// </summary>
public sealed class GenerationWorkflowState<TVendor> : SagaStateMachineInstance, ISagaVersion
    where TVendor : class, IVendorWorkflow
{
    public Guid CorrelationId { get; set; }

    public int Version { get; set; }

    public string CurrentState { get; set; } = null!;

    public GenerationRequested Request { get; set; } = null!;

    public string? VendorJobId { get; set; }

    public Dictionary<string, string> VendorState { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the request was published (its envelope's sent time), else when the workflow received it.</summary>
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>When the current state was entered (stage durations).</summary>
    public DateTimeOffset StateEnteredAt { get; set; }

    public DateTimeOffset Deadline { get; set; }

    public Guid? StatusCheckTokenId { get; set; }

    public Guid? DeadlineTokenId { get; set; }

    /// <summary>Preparation rounds run so far.</summary>
    public int PrepareAttempts { get; set; }

    public int SubmitDeferrals { get; set; }

    /// <summary>Of <see cref="SubmitDeferrals"/>, those the vendor's rate limit caused (they wait for the deadline, not a count).</summary>
    public int ThrottledDeferrals { get; set; }

    /// <summary>The vendor's rate limit (its answer or the shared limiter) held the last submit back.</summary>
    public bool Throttled { get; set; }

    /// <summary>The job's last known place in the vendor's queue (0 when not queued).</summary>
    public int QueuePosition { get; set; }

    /// <summary>A submit command is out and its reply has not come back.</summary>
    public bool SubmitInFlight { get; set; }

    public int LastPercent { get; set; }

    /// <summary>The reason of the published <see cref="GenerationFailed"/>, once the generation failed.</summary>
    public FailureReason? FailureReason { get; set; }

    public VendorJob ToVendorJob(int attempt) => new()
    {
        GenerationId = CorrelationId,
        Request = Request,
        VendorJobId = VendorJobId,
        State = new Dictionary<string, string>(VendorState),
        Attempt = attempt,
    };
}
