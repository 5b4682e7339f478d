using System.Text.Json.Nodes;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>What one flow left behind: the generation as results reports it, the assets downloaded, the vendor's paid submits and results' rows.</summary>
public sealed record FlowReport(
    string Vendor, Guid GenerationId, JsonObject Generation, int AssetsVerified, int PaidSubmits, long ResultRows, long CompletedRows, long AssetRows)
{
    public string Status => Generation["status"]!.GetValue<string>();

    public override string ToString() =>
        $"[{Vendor}] generation {GenerationId}: {Status}, {AssetsVerified} asset(s) downloaded with matching sha256, " +
        $"paid submits {PaidSubmits}, result rows {ResultRows}, completed rows {CompletedRows}, asset rows {AssetRows}";
}
