namespace GenerationGateway.VendorSim.Aholo.Projects;

/// <summary>A created project and its one task; its status follows from the time elapsed since creation.</summary>
public sealed record AholoProject
{
    public const int Reconstruction = 0;
    public const int Generation = 1;

    public required string Id { get; init; }

    public required string TaskId { get; init; }

    public required string Name { get; init; }

    /// <summary>0 reconstruction, 1 generation (seed: projectType).</summary>
    public required int ProjectType { get; init; }

    public required AholoCreateRequest Request { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The status the task ends in: 3, or 4–7 when a fault scripted it.</summary>
    public int EndStatus { get; init; } = AholoJobStatuses.Succeeded;

    /// <summary>The task never leaves status 2.</summary>
    public bool Stalled { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>The status at <paramref name="now"/>: 0, then 8 (reconstruction only), 1, 2, then the end status; progress 0 to 1.</summary>
    public int StatusAt(DateTimeOffset now, AholoSimulatorOptions options, out double progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        var elapsed = now - CreatedAt;
        progress = 0;
        var phases = new List<(int Status, TimeSpan Duration)> { (AholoJobStatuses.Queued, options.QueuedDuration) };
        if (ProjectType == Reconstruction)
        {
            phases.Add((AholoJobStatuses.Preprocessing, options.PreprocessingDuration));
        }

        phases.Add((AholoJobStatuses.Waiting, options.WaitingDuration));
        foreach (var (status, duration) in phases)
        {
            if (elapsed < duration)
            {
                return status;
            }

            elapsed -= duration;
        }

        if (Stalled || elapsed < options.RunningDuration)
        {
            progress = Stalled || options.RunningDuration <= TimeSpan.Zero ? 0.5 : Math.Round(elapsed / options.RunningDuration, 2);
            return AholoJobStatuses.Running;
        }

        progress = EndStatus == AholoJobStatuses.Succeeded ? 1 : 0;
        return EndStatus;
    }
}
