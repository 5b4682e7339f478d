namespace GenerationGateway.VendorSim.DashScope.Tasks;

/// <summary>A submitted <c>motionshop-gen3d</c> task: PENDING, then RUNNING, then ended, then forgotten (UNKNOWN) after the retention.</summary>
public sealed class Gen3dTask
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _canceledAt;

    public required string TaskId { get; init; }

    public required Uri ImageUrl { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public required Gen3dTaskScript Script { get; init; }

    /// <summary>The <c>code</c> and <c>message</c> of a task that ends FAILED.</summary>
    public string FailureCode { get; init; } = "InternalError";

    public string FailureMessage { get; init; } = "Internal server error.";

    public Gen3dTaskState StateAt(DateTimeOffset now, Gen3dTaskTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        lock (_gate)
        {
            if (_canceledAt is { } canceledAt)
            {
                return Kept(new Gen3dTaskState(Gen3dTaskStatus.Canceled, null, canceledAt), now, timeline);
            }
        }

        var scheduledAt = SubmittedAt + timeline.Pending;
        if (Script == Gen3dTaskScript.StaysPending || now < scheduledAt)
        {
            return new Gen3dTaskState(Gen3dTaskStatus.Pending, null, null);
        }

        var endAt = scheduledAt + timeline.Running;
        if (Script == Gen3dTaskScript.Stalls || now < endAt)
        {
            return new Gen3dTaskState(Gen3dTaskStatus.Running, scheduledAt, null);
        }

        var status = Script == Gen3dTaskScript.Fails ? Gen3dTaskStatus.Failed : Gen3dTaskStatus.Succeeded;
        return Kept(new Gen3dTaskState(status, scheduledAt, endAt), now, timeline);
    }

    /// <summary>Cancels the task if it is PENDING at <paramref name="now"/>; false otherwise (only queued tasks can be cancelled).</summary>
    public bool TryCancel(DateTimeOffset now, Gen3dTaskTimeline timeline)
    {
        lock (_gate)
        {
            if (_canceledAt is not null
                || (Script != Gen3dTaskScript.StaysPending && now >= SubmittedAt + timeline.Pending))
            {
                return false;
            }

            _canceledAt = now;
            return true;
        }
    }

    private static Gen3dTaskState Kept(Gen3dTaskState ended, DateTimeOffset now, Gen3dTaskTimeline timeline) =>
        now >= ended.EndAt + timeline.Retention ? new Gen3dTaskState(Gen3dTaskStatus.Unknown, null, null) : ended;
}
