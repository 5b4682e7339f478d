using System.Text.Json.Serialization;

namespace GenerationGateway.Cli.Api;

/// <summary>
/// One Server-Sent Event of a generation: <c>accepted</c> or <c>progress</c> (<see cref="Progress"/>), or the terminal
/// <c>completed</c>, <c>failed</c>, <c>cancelled</c> (<see cref="Final"/>, the generation as <c>GET</c> answers it).
/// </summary>
public sealed record GenerationEvent
{
    public required string Name { get; init; }

    public GenerationProgress? Progress { get; init; }

    public Generation? Final { get; init; }

    [JsonIgnore]
    public bool IsTerminal => Final is not null;
}
