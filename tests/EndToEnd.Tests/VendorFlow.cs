using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// One request through the public HTTP API to its end: POSTed to intake, polled at results until it ends, every asset
/// of its manifest downloaded and checked against its sha256 and size, then the vendor's paid submits and results' rows counted.
/// </summary>
public static class VendorFlow
{
    static readonly HttpClient Downloads = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// Runs the flow and asserts it completed. Paid submits are those whose record in the simulator's request log
    /// contains <paramref name="marker"/> (something unique to this request), or the generation id when none is given.
    /// </summary>
    public static async Task<FlowReport> RunAsync(GatewayDeployment gateway, string vendor, object body, string? marker = null)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var id = await gateway.SubmitAsync(body);
        return await FinishAsync(gateway, vendor, id, marker);
    }

    /// <summary>Waits for a submitted generation to end and checks it as <see cref="RunAsync"/> does.</summary>
    public static async Task<FlowReport> FinishAsync(GatewayDeployment gateway, string vendor, Guid id, string? marker = null)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var generation = await gateway.WaitForTerminalAsync(id);
        Assert.True(generation["status"]!.GetValue<string>() == "completed",
            $"The {vendor} generation {id} ended {generation.ToJsonString()}\n{gateway.Outputs()}");

        var assets = generation["assets"]!.AsArray();
        foreach (var asset in assets)
        {
            await VerifyAsync(asset!);
        }

        var submits = await gateway.PaidSubmitsAsync(vendor, marker ?? id.ToString());
        var (rows, completed, assetRows) = await gateway.ResultRowsAsync(id);
        return new FlowReport(vendor, id, generation, assets.Count, submits.Count, rows, completed, assetRows);
    }

    static async Task VerifyAsync(JsonNode asset)
    {
        var url = new Uri(asset["url"]!.GetValue<string>());
        var bytes = await Downloads.GetByteArrayAsync(url);
        Assert.Equal(asset["checksum"]!.GetValue<string>(), "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(asset["sizeBytes"]!.GetValue<long>(), bytes.LongLength);
    }
}
