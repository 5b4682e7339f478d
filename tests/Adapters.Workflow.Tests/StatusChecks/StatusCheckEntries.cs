using GenerationGateway.Adapters.Workflow.StatusChecks;
using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow.Tests.StatusChecks;

/// <summary>Entries of <see cref="ScriptedVendor"/> jobs in processing, as the workflow tracks them.</summary>
static class StatusCheckEntries
{
    public static readonly DateTimeOffset Start = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    public static StatusCheckEntry Due(DateTimeOffset at, string vendor = ScriptedVendor.Key)
    {
        var generationId = Guid.NewGuid();
        return new StatusCheckEntry
        {
            Vendor = vendor,
            GenerationId = generationId,
            Job = new VendorJob
            {
                GenerationId = generationId,
                Request = WorkflowHarness.Request(generationId),
                VendorJobId = "job-" + generationId.ToString("N")[..8],
                State = new Dictionary<string, string> { ["uploaded"] = "yes" },
            },
            Deadline = at.AddHours(4),
            NextCheckAt = at,
        };
    }

    public static async Task<List<StatusCheckEntry>> TrackAsync(IStatusCheckStore store, int count, DateTimeOffset at, string vendor = ScriptedVendor.Key)
    {
        var entries = Enumerable.Range(0, count).Select(_ => Due(at, vendor)).ToList();
        foreach (var entry in entries)
        {
            await store.TrackAsync(entry, null, CancellationToken.None);
        }

        return entries;
    }
}
