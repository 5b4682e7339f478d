using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Benchmarks;

/// <summary>
/// A slow, scarce vendor in process: a job runs <see cref="SimulatedVendorLog.JobDuration"/> from its submit, the account
/// runs at most <see cref="SimulatedVendorLog.Capacity"/> jobs at once (a submit beyond that is throttled, as a real
/// vendor's 429), and every answer hints the next check at the configured interval. What the gateway does is recorded
/// in <see cref="SimulatedVendorLog"/>.
/// </summary>
public sealed class SimulatedVendor(SimulatedVendorLog log) : IVendorWorkflow
{
    public const string Key = "sim";

    public string Vendor => Key;

    public Task<PrepareOutcome> PrepareAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(PrepareOutcome.Ready(job.State));

    public Task<SubmitOutcome> SubmitAsync(VendorJob job, CancellationToken cancellationToken)
    {
        if (!log.TrySubmit(job.GenerationId, job.Request.TenantId))
        {
            throw new VendorCallException(VendorErrorKind.Throttled, FailureReason.VendorRateLimited, "429",
                "Too many concurrent jobs.", log.CheckInterval);
        }

        return Task.FromResult(new SubmitOutcome { VendorJobId = job.GenerationId.ToString("N"), State = job.State, FirstCheckAfter = log.CheckInterval });
    }

    public Task<ReconcileOutcome> ReconcileSubmitAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(ReconcileOutcome.NotSupported);

    public Task<StatusOutcome> CheckAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(log.Check(job.GenerationId)
            ? StatusOutcome.Succeeded("done")
            : StatusOutcome.Running("running", 50, log.CheckInterval));

    public Task<CollectOutcome> CollectAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(new CollectOutcome
        {
            Assets = [new VendorAsset { Role = AssetRole.Model, Format = AssetFormat.Glb, Name = "model.glb", Url = InstantVendor.AssetUrl }],
        });

    public Task<CancelOutcome> CancelAsync(VendorJob job, CancellationToken cancellationToken) =>
        Task.FromResult(CancelOutcome.StoppedAtVendor);
}
