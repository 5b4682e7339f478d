using System.Text.Json.Nodes;

namespace GenerationGateway.Cli.Tests;

/// <summary>What a command line printed and exited with.</summary>
public sealed record CliRun(int ExitCode, string Output)
{
    /// <summary>The output as JSON (<c>--output json</c>).</summary>
    public JsonNode Json => JsonNode.Parse(Output) ?? throw new InvalidOperationException("The output is JSON null.");

    public override string ToString() => $"exit {ExitCode}:\n{Output}";
}
