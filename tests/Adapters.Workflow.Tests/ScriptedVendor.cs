using System.Collections.Concurrent;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>A vendor plug-in whose every answer the test scripts; it counts the calls it gets.</summary>
public sealed class ScriptedVendor : IVendorWorkflow
{
    public const string Key = "scripted";

    public static readonly Uri AssetUrl = new("http://vendor.test/files/model.glb");

    readonly ConcurrentDictionary<string, int> _calls = new();

    public string Vendor => Key;

    public Func<VendorJob, Task<PrepareOutcome>> Prepare { get; set; } = _ => Task.FromResult(PrepareOutcome.Ready(new Dictionary<string, string> { ["uploaded"] = "yes" }));

    public Func<VendorJob, Task<SubmitOutcome>> Submit { get; set; } = job => Task.FromResult(new SubmitOutcome
    {
        VendorJobId = "job-" + job.GenerationId.ToString("N")[..8],
        State = job.State.ToDictionary(x => x.Key, x => x.Value),
    });

    public Func<VendorJob, Task<ReconcileOutcome>> Reconcile { get; set; } = _ => Task.FromResult(ReconcileOutcome.NotSupported);

    public Func<VendorJob, Task<StatusOutcome>> Check { get; set; } = job => Task.FromResult(job.Attempt < 2
        ? StatusOutcome.Running("Generating", job.Attempt * 40)
        : StatusOutcome.Succeeded("Done"));

    public Func<VendorJob, Task<CollectOutcome>> Collect { get; set; } = _ => Task.FromResult(new CollectOutcome
    {
        Assets =
        [
            new VendorAsset { Role = AssetRole.Model, Format = AssetFormat.Glb, Name = "model.glb", Url = AssetUrl },
        ],
        Usage = new VendorUsage { Credits = 0.5m },
    });

    public Func<VendorJob, Task<CancelOutcome>> Cancel { get; set; } = _ => Task.FromResult(CancelOutcome.StoppedAtVendor);

    /// <summary>The last vendor job each method was called with.</summary>
    public ConcurrentDictionary<string, VendorJob> LastJob { get; } = new();

    public int Calls(string method) => _calls.TryGetValue(method, out var count) ? count : 0;

    public Task<PrepareOutcome> PrepareAsync(VendorJob job, CancellationToken cancellationToken) => Run(nameof(PrepareAsync), job, Prepare);

    public Task<SubmitOutcome> SubmitAsync(VendorJob job, CancellationToken cancellationToken) => Run(nameof(SubmitAsync), job, Submit);

    public Task<ReconcileOutcome> ReconcileSubmitAsync(VendorJob job, CancellationToken cancellationToken) => Run(nameof(ReconcileSubmitAsync), job, Reconcile);

    public Task<StatusOutcome> CheckAsync(VendorJob job, CancellationToken cancellationToken) => Run(nameof(CheckAsync), job, Check);

    public Task<CollectOutcome> CollectAsync(VendorJob job, CancellationToken cancellationToken) => Run(nameof(CollectAsync), job, Collect);

    public Task<CancelOutcome> CancelAsync(VendorJob job, CancellationToken cancellationToken) => Run(nameof(CancelAsync), job, Cancel);

    Task<T> Run<T>(string method, VendorJob job, Func<VendorJob, Task<T>> script)
    {
        _calls.AddOrUpdate(method, 1, (_, count) => count + 1);
        LastJob[method] = job;
        return script(job);
    }
}
