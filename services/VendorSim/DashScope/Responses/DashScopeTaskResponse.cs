namespace GenerationGateway.VendorSim.DashScope.Responses;

/// <summary>The answer to a submit or a task query: <c>{"request_id","output":{…},"usage":{"count":1}}</c>.</summary>
public sealed record DashScopeTaskResponse(string RequestId, DashScopeTaskOutput Output, DashScopeUsage? Usage = null);

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

public sealed record DashScopeUsage(int Count);
