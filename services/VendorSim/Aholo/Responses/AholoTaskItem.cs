namespace GenerationGateway.VendorSim.Aholo.Responses;

/// <summary>One task of <c>task/list/by-ids</c> (and the task part of <c>project/info</c>); times in ms since the epoch.</summary>
public sealed record AholoTaskItem(
    string ProjectId,
    string TaskId,
    string Name,
    int ProjectType,
    int Status,
    double Progress,
    AholoTaskResult? Result,
    string? ErrorCode,
    string? ErrorMsg,
    long CreateTime,
    long UpdateTime);
