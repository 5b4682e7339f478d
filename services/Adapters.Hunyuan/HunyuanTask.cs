using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>A task as the gateway reports it. <see cref="Progress"/> is the vendor's 0 to 1 fraction.</summary>
public sealed record HunyuanTask
{
    public const string InProgress = "in_progress";
    public const string Completed = "completed";
    public const string Failed = "failed";

    public required string Id { get; init; }

    /// <summary>The status word, lower-cased (the SDK compares it so).</summary>
    public required string Status { get; init; }

    public double? Progress { get; init; }

    public IReadOnlyList<HunyuanContent> Contents { get; init; } = [];

    public VendorUsage? Usage { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }
}
