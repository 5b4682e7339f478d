namespace GenerationGateway.VendorSim.DashScope.Responses;

/// <summary>The <c>output</c> of a task answer; fields that do not apply yet are left out.</summary>
public sealed record DashScopeTaskOutput
{
    public required string TaskId { get; init; }

    public required string TaskStatus { get; init; }

    public string? SubmitTime { get; init; }

    public string? ScheduledTime { get; init; }

    public string? EndTime { get; init; }

    public string? PlyUrl { get; init; }

    public string? Code { get; init; }

    public string? Message { get; init; }
}
