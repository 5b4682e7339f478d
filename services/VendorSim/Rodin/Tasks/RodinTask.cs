namespace GenerationGateway.VendorSim.Rodin.Tasks;

/// <summary>A submitted generation: its ids, when it was submitted, how it plays out and what it produces.</summary>
public sealed class RodinTask
{
    public required string Uuid { get; init; }

    public required string SubscriptionKey { get; init; }

    public required IReadOnlyList<string> JobUuids { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public required RodinTaskScript Script { get; init; }

    public required IReadOnlyList<RodinOutputFile> Outputs { get; init; }

    public required decimal Cost { get; init; }

    /// <summary>
    /// Job <paramref name="index"/> is Waiting for <paramref name="waiting"/>, then Generating until
    /// waiting + (index + 1) × <paramref name="generating"/>, then Done (or Failed / still Generating per the script).
    /// </summary>
    public RodinJobStatus JobStatus(int index, DateTimeOffset now, TimeSpan waiting, TimeSpan generating)
    {
        var elapsed = now - SubmittedAt;
        if (elapsed < waiting)
        {
            return RodinJobStatus.Waiting;
        }

        if (Script == RodinTaskScript.Stalls || elapsed < waiting + (generating * (index + 1)))
        {
            return RodinJobStatus.Generating;
        }

        return Script == RodinTaskScript.LastJobFails && index == JobUuids.Count - 1
            ? RodinJobStatus.Failed
            : RodinJobStatus.Done;
    }

    public IReadOnlyList<RodinJobStatus> JobStatuses(DateTimeOffset now, TimeSpan waiting, TimeSpan generating) =>
        [.. JobUuids.Select((_, index) => JobStatus(index, now, waiting, generating))];

    /// <summary>The files downloadable now: the preview once any job is Done, the models once all are.</summary>
    public IReadOnlyList<RodinOutputFile> AvailableOutputs(IReadOnlyList<RodinJobStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var anyDone = statuses.Contains(RodinJobStatus.Done);
        var allDone = statuses.All(s => s == RodinJobStatus.Done);
        return [.. Outputs.Where(o => o.NeedsAllJobsDone ? allDone : anyDone)];
    }
}
