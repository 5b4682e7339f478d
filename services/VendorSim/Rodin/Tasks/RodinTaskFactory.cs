using GenerationGateway.VendorSim.Rodin.Faults;
using GenerationGateway.VendorSim.Rodin.Generate;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Rodin.Tasks;

/// <summary>Creates and stores a task for a paid, valid request, deciding its script from the fault queue and options.</summary>
public sealed class RodinTaskFactory(
    RodinTaskStore store,
    RodinScriptedFaults faults,
    RodinSubscriptionKeys subscriptionKeys,
    TimeProvider time,
    IOptions<RodinSimulatorOptions> options,
    ILogger<RodinTaskFactory> logger)
{
    public RodinTask Create(RodinGenerateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ordinal = store.NextOrdinal();
        var uuid = Guid.NewGuid().ToString();
        var jobUuids = Enumerable.Range(0, options.Value.JobsPerTask).Select(_ => Guid.NewGuid().ToString()).ToList();
        var now = time.GetUtcNow();
        var task = new RodinTask
        {
            Uuid = uuid,
            SubscriptionKey = subscriptionKeys.Create(uuid, jobUuids, now),
            JobUuids = jobUuids,
            SubmittedAt = now,
            Script = ChooseScript(ordinal),
            Outputs = RodinOutputPlan.For(request),
            Cost = request.Cost,
        };
        store.Add(task);
        logger.LogInformation(
            "Rodin simulator created task {TaskUuid} ({Tier}, {JobCount} jobs, script {Script}, cost {Cost})",
            task.Uuid, request.Tier, jobUuids.Count, task.Script, task.Cost);
        return task;
    }

    private RodinTaskScript ChooseScript(int ordinal)
    {
        switch (faults.TakeTaskFault()?.Kind)
        {
            case RodinFaultKinds.JobFailed:
                return RodinTaskScript.LastJobFails;
            case RodinFaultKinds.Stall:
                return RodinTaskScript.Stalls;
        }

        var settings = options.Value;
        var everyNth = settings.FailJobEveryNthTask > 0 && ordinal % settings.FailJobEveryNthTask == 0;
#pragma warning disable CA5394 // failure injection, not security
        var byChance = settings.FailJobProbability > 0 && Random.Shared.NextDouble() < settings.FailJobProbability;
#pragma warning restore CA5394
        return everyNth || byChance ? RodinTaskScript.LastJobFails : RodinTaskScript.Succeeds;
    }
}
