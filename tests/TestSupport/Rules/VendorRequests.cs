using System.Text.Json;
using GenerationGateway.Contracts;

namespace GenerationGateway.TestSupport.Rules;

/// <summary>What every vendor's request builder shares: a fresh generation for tenant-a, and vendor options from JSON text.</summary>
public static class VendorRequests
{
    public static GenerationRequested Create(
        string vendor, TaskKind kind, GenerationInputs inputs, string? vendorOptions, GenerationOptions? options) => new()
    {
        GenerationId = Guid.NewGuid(),
        TenantId = "tenant-a",
        Vendor = vendor,
        Kind = kind,
        Inputs = inputs,
        Options = options ?? new GenerationOptions(),
        VendorOptions = vendorOptions is null ? null : Json(vendorOptions),
    };

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
