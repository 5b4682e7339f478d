using System.Text.Json;

namespace GenerationGateway.Contracts.Tests;

/// <summary>One fully populated sample of every message, so a round trip exercises every field.</summary>
public static class ContractSamples
{
    public static readonly Guid Id = Guid.Parse("01a1fc7b-a14d-71a4-b1fa-f490cbd79f5f");

    public static IEnumerable<object[]> All() =>
    [
        [Requested()],
        [new GenerationAccepted { GenerationId = Id, Vendor = "rodin", VendorJobId = "job-1" }],
        [new GenerationProgressed { GenerationId = Id, Vendor = "rodin", Stage = GenerationStage.Processing, Percent = 42, VendorStatus = "Generating" }],
        [Completed()],
        [new GenerationFailed { GenerationId = Id, Vendor = "hunyuan3d-pro", Reason = FailureReason.SubmitOutcomeUnknown, Retryable = false, VendorJobId = "j", VendorCode = "13001099", VendorMessage = "task creation error" }],
        [new CancelGeneration { GenerationId = Id, Vendor = "dashscope-gen3d", Reason = "user asked" }],
        [new GenerationCancelled { GenerationId = Id, Vendor = "dashscope-gen3d", VendorJobStopped = false, VendorJobId = "t", Note = "RUNNING tasks cannot be stopped" }],
    ];

    public static GenerationRequested Requested() => new()
    {
        GenerationId = Id,
        TenantId = "tenant-a",
        ClientReference = "order-7",
        IdempotencyKey = "key-1",
        Vendor = "aholo",
        Kind = TaskKind.SceneReconstruction,
        Inputs = new GenerationInputs
        {
            Prompt = "a living room",
            Images = [new InputImage { Url = "https://example.com/a.jpg", View = "front" }, new InputImage { FileReference = "upload-1" }],
            Videos = [new InputVideo { Url = "https://example.com/walk.mp4" }],
            SubjectReference = "person-9",
        },
        Options = new GenerationOptions
        {
            Quality = Quality.Ultra,
            TargetFaceCount = 50_000,
            OutputFormats = [AssetFormat.Ply, AssetFormat.Spz, AssetFormat.Sog],
            Texture = TextureMode.Pbr,
            Topology = Topology.Quad,
            Style = "style-1",
        },
        VendorOptions = JsonDocument.Parse("""{"uploadSog":true,"panorama":false}""").RootElement,
        Deadline = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero),
        Callback = new CallbackTarget { Url = new Uri("https://client.example.com/hook") },
    };

    public static GenerationCompleted Completed() => new()
    {
        GenerationId = Id,
        Vendor = "rodin",
        VendorJobId = "job-1",
        Assets =
        [
            new GeneratedAsset
            {
                Role = AssetRole.Model,
                Format = AssetFormat.Glb,
                Name = "model.glb",
                Url = new Uri("https://gateway.example.com/v1/assets/x/model.glb"),
                SizeBytes = 1234,
                ContentType = "model/gltf-binary",
                Checksum = "sha256:00",
                VendorUrl = new Uri("https://vendor.example.com/f/model.glb"),
            },
        ],
        Usage = new VendorUsage { Cost = 0.12m, Currency = "USD", Credits = 0.5m, Quantity = 1 },
        PartialNote = "2 of 3 photos",
    };
}
