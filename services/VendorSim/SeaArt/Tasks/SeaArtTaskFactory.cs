using System.Security.Cryptography;
using GenerationGateway.VendorSim.SeaArt.Create;
using GenerationGateway.VendorSim.SeaArt.Faults;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.SeaArt.Tasks;

/// <summary>Creates and stores a task for a valid create call, deciding its script from the fault queue and the options.</summary>
public sealed class SeaArtTaskFactory(
    SeaArtTaskStore store,
    SeaArtScriptedFaults faults,
    TimeProvider time,
    IOptions<SeaArtSimulatorOptions> options,
    ILogger<SeaArtTaskFactory> logger)
{
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public SeaArtTask Create(SeaArtCreateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ordinal = store.NextOrdinal();
        var fault = faults.TakeTaskFault();
        var everyNth = options.Value.FailTaskEveryNthTask is > 0 and var n && ordinal % n == 0;
        var script = fault?.Kind switch
        {
            SeaArtFaultKinds.TaskFailed => SeaArtTaskScript.Fails,
            SeaArtFaultKinds.Stall => SeaArtTaskScript.Stalls,
            _ when everyNth => SeaArtTaskScript.Fails,
            _ => SeaArtTaskScript.Completes,
        };
        var task = new SeaArtTask
        {
            Id = RandomNumberGenerator.GetString(IdAlphabet, 20),
            JobId = RandomNumberGenerator.GetString("0123456789", 19),
            CreatedAt = time.GetUtcNow(),
            GenerateType = request.GenerateType,
            Script = script,
            FailureCode = script == SeaArtTaskScript.Fails ? fault?.Code ?? SeaArtFault.DefaultFailureCode : null,
            FailureMessage = script == SeaArtTaskScript.Fails ? fault?.Message ?? "Injected upstream failure." : null,
            Credits = Credits(request),
        };
        store.Add(task);
        logger.LogInformation("SeaArt simulator created task {TaskId} ({GenerateType}, script {Script})", task.Id, task.GenerateType, task.Script);
        return task;
    }

    /// <summary>A guess at Tencent's credit table ("Generate-Normal：20", "MultiViewImages：10" in docs/vendors/hunyuan.md §10).</summary>
    private static int Credits(SeaArtCreateRequest request) =>
        (request.GenerateType == "Geometry" ? 15 : 20) + (request.MultiViewCount > 0 ? 10 : 0);
}
