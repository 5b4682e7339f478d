using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenerationGateway.Cli.Api;

/// <summary>A generation as <c>GET /v1/generations/{id}</c> answers it; fields the CLI does not show are kept for <c>--output json</c>.</summary>
public sealed record Generation
{
    public required Guid Id { get; init; }

    public required string Vendor { get; init; }

    public string? Kind { get; init; }

    public required string Status { get; init; }

    public string? Stage { get; init; }

    public int Progress { get; init; }

    /// <summary>While the stage is <c>queued</c>: the place in the vendor's queue.</summary>
    public QueuePlace? Queue { get; init; }

    public GenerationFailure? Failure { get; init; }

    public GenerationUsage? Usage { get; init; }

    public IReadOnlyList<GenerationAsset> Assets { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }

    [JsonIgnore]
    public bool IsTerminal => Status is "completed" or "failed" or "cancelled";
}
