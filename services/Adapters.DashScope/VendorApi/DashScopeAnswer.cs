namespace GenerationGateway.Adapters.DashScope.VendorApi;

/// <summary>
/// Every DashScope answer: <c>request_id</c>, and either <c>output</c> (+ <c>usage</c>) or, on an HTTP error,
/// top-level <c>code</c> and <c>message</c>.
/// </summary>
sealed class DashScopeAnswer
{
    public string? RequestId { get; init; }

    public string? Code { get; init; }

    public string? Message { get; init; }

    public DashScopeTaskOutput? Output { get; init; }

    public DashScopeUsage? Usage { get; init; }
}

sealed class DashScopeTaskOutput
{
    public string? TaskId { get; init; }

    public string? TaskStatus { get; init; }

    public string? SubmitTime { get; init; }

    public string? ScheduledTime { get; init; }

    public string? EndTime { get; init; }

    public string? PlyUrl { get; init; }

    public string? Code { get; init; }

    public string? Message { get; init; }
}

sealed class DashScopeUsage
{
    public int? Count { get; init; }
}
