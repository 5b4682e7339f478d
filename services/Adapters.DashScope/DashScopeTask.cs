namespace GenerationGateway.Adapters.DashScope;

/// <summary>A DashScope async task as the API reports it (<c>output.*</c>, <c>usage.count</c>, <c>request_id</c>).</summary>
public sealed record DashScopeTask
{
    public required string TaskId { get; init; }

    /// <summary>One of <see cref="DashScopeTaskStatus"/>'s words.</summary>
    public required string Status { get; init; }

    /// <summary>The id of the answer, for support requests.</summary>
    public string? RequestId { get; init; }

    /// <summary>The generated character on success; a signed link that expires.</summary>
    public Uri? PlyUrl { get; init; }

    /// <summary>Characters made (<c>usage.count</c>).</summary>
    public int? UsageCount { get; init; }

    /// <summary>On failure: the error code and message.</summary>
    public string? Code { get; init; }

    public string? Message { get; init; }

    /// <summary>DashScope's local (Beijing) times, <c>yyyy-MM-dd HH:mm:ss.fff</c>, without a zone.</summary>
    public DateTime? SubmitTime { get; init; }

    public DateTime? ScheduledTime { get; init; }

    public DateTime? EndTime { get; init; }
}
