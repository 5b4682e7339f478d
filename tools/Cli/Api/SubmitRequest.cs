using System.Text.Json.Nodes;

namespace GenerationGateway.Cli.Api;

/// <summary>Body of <c>POST /v1/generations</c>; what is left out follows the gateway's defaults.</summary>
public sealed record SubmitRequest
{
    public required string Vendor { get; init; }

    public required string Kind { get; init; }

    public string? ClientReference { get; init; }

    public required JsonObject Inputs { get; init; }

    public JsonObject? Options { get; init; }

    public JsonObject? VendorOptions { get; init; }
}
