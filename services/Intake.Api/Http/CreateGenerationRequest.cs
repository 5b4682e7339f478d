using System.Text.Json;
using GenerationGateway.Contracts;

namespace GenerationGateway.Intake.Api.Http;

/// <summary>
/// Body of <c>POST /v1/generations</c>: <see cref="GenerationRequested"/> without the ids. Enumerations are
/// strings in their wire spelling (<c>image-to-3d</c>) so a wrong value is reported under its field.
/// </summary>
public sealed record CreateGenerationRequest
{
    public string? TenantId { get; init; }

    public string? ClientReference { get; init; }

    public string? Vendor { get; init; }

    /// <summary>A <see cref="TaskKind"/> wire name.</summary>
    public string? Kind { get; init; }

    public GenerationInputs? Inputs { get; init; }

    public CreateGenerationOptions? Options { get; init; }

    /// <summary>Any JSON object; the vendor's rules say what it may hold.</summary>
    public JsonElement? VendorOptions { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    public CallbackTarget? Callback { get; init; }
}
