namespace GenerationGateway.VendorSim.Portrait.Tasks;

/// <summary>
/// A training or generation task. Its state follows from the time since it was created: waiting, then running,
/// then whatever its script says. A generation's photos exist once it ended in success or partial success.
/// </summary>
public sealed class PortraitTask
{
    private int _callbackTaken;

    public required string Id { get; init; }

    public required PortraitTaskType Type { get; init; }

    public required string UserId { get; init; }

    /// <summary>The style of a generation; null for a training.</summary>
    public PortraitStyle? Style { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required TimeSpan Waiting { get; init; }

    public required TimeSpan Running { get; init; }

    public required PortraitTaskScript Script { get; init; }

    /// <summary>Photos a generation yields when it succeeds (a partial success yields about half).</summary>
    public required int PhotoCount { get; init; }

    public Uri? CallbackUrl { get; init; }

    /// <summary>Scheme, host and path base of the request that created the task: what callbacks build links on.</summary>
    public required string LinkRoot { get; init; }

    /// <summary>How many times the callback is sent (2 when a duplicate-callback fault was scripted).</summary>
    public int CallbackCopies { get; init; } = 1;

    public PortraitTaskState StateAt(DateTimeOffset now)
    {
        var elapsed = now - CreatedAt;
        if (elapsed < Waiting)
        {
            return PortraitTaskState.Waiting;
        }

        if (Script == PortraitTaskScript.Stalls || elapsed < Waiting + Running)
        {
            return PortraitTaskState.Running;
        }

        return Script switch
        {
            PortraitTaskScript.Fails => PortraitTaskState.Failed,
            PortraitTaskScript.PartlySucceeds => PortraitTaskState.PartlySucceeded,
            _ => PortraitTaskState.Succeeded,
        };
    }

    public static bool IsTerminal(PortraitTaskState state) => state >= PortraitTaskState.Succeeded;

    /// <summary>The names of the photos that exist in <paramref name="state"/> (none for trainings and unfinished tasks).</summary>
    public IReadOnlyList<string> PhotoNames(PortraitTaskState state)
    {
        if (Type != PortraitTaskType.Generation || Style is null)
        {
            return [];
        }

        var count = state switch
        {
            PortraitTaskState.Succeeded => PhotoCount,
            PortraitTaskState.PartlySucceeded => Math.Max(1, PhotoCount / 2),
            _ => 0,
        };
        var extension = Style.Format == PortraitPhotoFormat.Jpeg ? "jpg" : "png";
        return [.. Enumerable.Range(1, count).Select(n => $"{Id}_{n}.{extension}")];
    }

    /// <summary>True exactly once: the caller that gets it sends the callback.</summary>
    public bool TakeCallback() => Interlocked.Exchange(ref _callbackTaken, 1) == 0;
}
