using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.Portrait;

namespace GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

/// <summary>Portrait requests that pass the rules unless a test breaks them on purpose.</summary>
public static class PortraitRequests
{
    public static GenerationRequested Train(string subject, int photos = 8, string? style = null, string tenant = "tenant-a") => new()
    {
        GenerationId = Guid.NewGuid(),
        TenantId = tenant,
        Vendor = PortraitRequestRules.Key,
        Kind = TaskKind.PortraitPhotoSet,
        Inputs = new GenerationInputs { SubjectReference = subject, Images = StubPhotoHost.Photos(photos, subject) },
        Options = new GenerationOptions { Style = style ?? PortraitSimulator.Styles[0] },
    };

    /// <summary>A request that relies on the subject's trained model and sends no photos.</summary>
    public static GenerationRequested Reuse(string subject, string? style = null, string tenant = "tenant-a") =>
        Train(subject, 0, style, tenant) with { VendorOptions = JsonSerializer.SerializeToElement(new { reuseTrainedModel = true }) };

    public static string Subject() => "person-" + Guid.NewGuid().ToString("N")[..8];
}
