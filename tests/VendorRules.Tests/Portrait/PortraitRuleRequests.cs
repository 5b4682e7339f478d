using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.Portrait;

namespace GenerationGateway.VendorRules.Tests.Portrait;

/// <summary>Portrait requests that pass the rules unless a test breaks them on purpose (the rules never fetch the photos).</summary>
static class PortraitRuleRequests
{
    public static GenerationRequested Train(string subject, int photos = 8, string style = "style-1") => new()
    {
        GenerationId = Guid.NewGuid(),
        TenantId = "tenant-a",
        Vendor = PortraitRequestRules.Key,
        Kind = TaskKind.PortraitPhotoSet,
        Inputs = new GenerationInputs { SubjectReference = subject, Images = Photos(photos) },
        Options = new GenerationOptions { Style = style },
    };

    /// <summary>A request that relies on the subject's trained model and sends no photos.</summary>
    public static GenerationRequested Reuse(string subject) =>
        Train(subject, 0) with { VendorOptions = JsonSerializer.SerializeToElement(new { reuseTrainedModel = true }) };

    public static IReadOnlyList<InputImage> Photos(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new InputImage { Url = $"https://photos.test/ada/{i}.jpg" })];
}
