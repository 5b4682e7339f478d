using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Benchmarks;

/// <summary>
/// A vendor that answers every round at once: ready, accepted, running on the first check, done on the
/// second, one asset. What remains is the gateway's own cost: saga transitions, outbox, scheduler, asset custody.
/// </summary>
public sealed class InstantVendor : IVendorWorkflow
{
    public const string Key = "bench";

    public static readonly Uri AssetUrl = new("http://vendor.bench/files/model.glb");

    public string Vendor => Key;

    public static bool NeedsPreparation(GenerationRequested request) => false;

    public Task<PrepareOutcome> PrepareAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(PrepareOutcome.Ready(job.State));

    public Task<SubmitOutcome> SubmitAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(new SubmitOutcome { VendorJobId = "bench-" + job.GenerationId.ToString("N"), State = job.State });

    public Task<ReconcileOutcome> ReconcileSubmitAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(ReconcileOutcome.NotSupported);

    public Task<StatusOutcome> CheckAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(job.Attempt < 1 ? StatusOutcome.Running("running", 50) : StatusOutcome.Succeeded("done"));

    public Task<CollectOutcome> CollectAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(new CollectOutcome
        {
            Assets = [new VendorAsset { Role = AssetRole.Model, Format = AssetFormat.Glb, Name = "model.glb", Url = AssetUrl }],
        });

    public Task<CancelOutcome> CancelAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(CancelOutcome.StoppedAtVendor);
}
