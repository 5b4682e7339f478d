using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>Changes as the consumers describe each lifecycle event, each with a fresh message id.</summary>
public static class TestChanges
{
    public const string Vendor = "rodin";

    public static GenerationRequested Request(Guid id, string tenantId = "tenant-a", string vendor = Vendor) => new()
    {
        GenerationId = id,
        TenantId = tenantId,
        ClientReference = "order-42",
        Vendor = vendor,
        Kind = TaskKind.TextTo3d,
        Inputs = new GenerationInputs { Prompt = "a red chair" },
        Options = new GenerationOptions { Quality = Quality.High, OutputFormats = [AssetFormat.Glb] },
        Callback = new CallbackTarget { Url = new Uri("https://client.example/hooks") },
    };

    public static GenerationChange Requested(Guid id, string tenantId = "tenant-a", string vendor = Vendor, DateTimeOffset? at = null) => new()
    {
        GenerationId = id,
        Vendor = vendor,
        MessageId = Guid.NewGuid(),
        OccurredAt = at,
        Status = GenerationStatus.Requested,
        Request = Request(id, tenantId, vendor),
    };

    public static GenerationChange Accepted(Guid id, string vendorJobId = "job-1") => new()
    {
        GenerationId = id,
        Vendor = Vendor,
        MessageId = Guid.NewGuid(),
        Status = GenerationStatus.Accepted,
        VendorJobId = vendorJobId,
    };

    public static GenerationChange Progressed(Guid id, GenerationStage stage, int percent) => new()
    {
        GenerationId = id,
        Vendor = Vendor,
        MessageId = Guid.NewGuid(),
        Status = stage is GenerationStage.Processing or GenerationStage.Collecting ? GenerationStatus.Processing : null,
        Stage = stage,
        Progress = percent,
    };

    /// <summary>A <see cref="GenerationProgressed"/> of stage queued at <paramref name="position"/>, sent at <paramref name="at"/>.</summary>
    public static GenerationChange Queued(Guid id, int position, TimeSpan? estimate, DateTimeOffset at) =>
        GenerationChanges.Of(new GenerationProgressed
        {
            GenerationId = id,
            Vendor = Vendor,
            Stage = GenerationStage.Queued,
            Percent = 5,
            QueuePosition = position,
            QueueEstimate = estimate,
        }) with { MessageId = Guid.NewGuid(), OccurredAt = at };

    public static GenerationChange Completed(Guid id, params string[] assetNames) => new()
    {
        GenerationId = id,
        Vendor = Vendor,
        MessageId = Guid.NewGuid(),
        Status = GenerationStatus.Completed,
        Progress = 100,
        VendorJobId = "job-1",
        Usage = new VendorUsage { Credits = 2.5m },
        PartialNote = null,
        Assets = [.. (assetNames.Length == 0 ? ["model.glb", "preview.png"] : assetNames).Select(name => Asset(id, name))],
    };

    public static GenerationChange Failed(Guid id) => new()
    {
        GenerationId = id,
        Vendor = Vendor,
        MessageId = Guid.NewGuid(),
        Status = GenerationStatus.Failed,
        Failure = new GenerationFailure
        {
            Reason = FailureReason.VendorJobFailed,
            Retryable = true,
            VendorCode = "E42",
            VendorMessage = "mesh failed",
        },
    };

    public static GenerationChange Cancelled(Guid id) => new()
    {
        GenerationId = id,
        Vendor = Vendor,
        MessageId = Guid.NewGuid(),
        Status = GenerationStatus.Cancelled,
        Cancellation = new GenerationCancellation { VendorJobStopped = true, Note = "client asked" },
    };

    public static GeneratedAsset Asset(Guid id, string name) => new()
    {
        Role = name.EndsWith(".png", StringComparison.Ordinal) ? AssetRole.Preview : AssetRole.Model,
        Format = name.EndsWith(".png", StringComparison.Ordinal) ? AssetFormat.Png : AssetFormat.Glb,
        Name = name,
        Url = new Uri($"http://localhost:5080/v1/assets/{id:N}/{name}"),
        SizeBytes = 1024,
        ContentType = name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "model/gltf-binary",
        Checksum = "sha256:" + new string('a', 64),
        VendorUrl = new Uri($"https://vendor.example/files/{name}"),
    };
}
