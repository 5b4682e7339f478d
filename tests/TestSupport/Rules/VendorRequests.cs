using System.Text.Json;
using GenerationGateway.Contracts;

namespace GenerationGateway.TestSupport.Rules;

/// <summary>What every vendor's test requests share: a new generation of tenant-a's, and <c>vendorOptions</c> from JSON text.</summary>
public static class VendorRequests
{
    public static GenerationRequested Create(
        string vendor, TaskKind kind, GenerationInputs inputs, string? vendorOptions = null, GenerationOptions? options = null) => new()
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
