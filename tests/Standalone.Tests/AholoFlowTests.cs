using System.Text;
using System.Text.Json.Nodes;

namespace GenerationGateway.Standalone.Tests;

/// <summary>Kujiale Aholo (simulator, with its upload host) through the standalone gateway's public API.</summary>
public sealed class AholoFlowTests : StandaloneGatewayTest
{
    const string ApiBase = "/aholo/v2/aholo/";


    [Fact]
    public async Task Scene_reconstruction_from_twenty_views_uploads_each_and_completes_with_splats()
    {
        // The simulator's sample views are real PNGs the adapter downloads, measures and uploads to the simulated upload host.
        var views = Enumerable.Range(1, 20).Select(i => (JsonNode)new JsonObject { ["url"] = Api.Url($"aholo/samples/view-{i:00}.png?w=320&h=240") });
        var id = await Api.SubmitAsync(new JsonObject
        {
            ["tenantId"] = Api.TenantId,
            ["vendor"] = "aholo",
            ["kind"] = "scene-reconstruction",
            ["inputs"] = new JsonObject { ["images"] = new JsonArray([.. views]) },
            ["options"] = new JsonObject { ["quality"] = "high", ["outputFormats"] = new JsonArray("ply", "spz", "sog") },
        });

        var generation = await Api.CompletedAsync(id);

        var assets = generation["assets"]!.AsArray();
        Assert.Equal(["ply", "spz", "sog"], assets.Select(asset => asset!["format"]!.GetValue<string>()));
        Assert.All(assets, asset => Assert.Equal("splat", asset!["role"]!.GetValue<string>()));
        var ply = await Api.DownloadAsync(assets[0]!);
        Assert.StartsWith("ply\n", Encoding.ASCII.GetString(ply, 0, 16), StringComparison.Ordinal);

        var requests = await Api.VendorRequestsAsync("aholo");
        Assert.Equal(20, requests.Count(entry => entry["path"]!.GetValue<string>() == "/aholo/ous/api/v2/single/upload"));
        var create = Assert.Single(requests, entry => entry["path"]!.GetValue<string>() == ApiBase + "project/create-3d-recon");
        Assert.Equal("HIGH", create["jsonBody"]!["taskQuality"]!.GetValue<string>());
        Assert.Equal(20, create["jsonBody"]!["resources"]!.AsArray().Count);
        Assert.True(create["jsonBody"]!["uploadSog"]!.GetValue<bool>());
        Assert.Equal(generation["vendorJobId"]!.GetValue<string>() + ".ply", assets[0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Text_to_3d_generation_from_a_prompt_completes_with_splats()
    {
        var id = await Api.SubmitAsync(new JsonObject
        {
            ["tenantId"] = Api.TenantId,
            ["vendor"] = "aholo",
            ["kind"] = "text-to-3d",
            ["inputs"] = new JsonObject { ["prompt"] = "a sunlit loft with a reading corner" },
        });

        var generation = await Api.CompletedAsync(id);

        var assets = generation["assets"]!.AsArray();
        Assert.Equal(["ply", "spz"], assets.Select(asset => asset!["format"]!.GetValue<string>()));
        var ply = await Api.DownloadAsync(assets[0]!);
        Assert.StartsWith("ply\n", Encoding.ASCII.GetString(ply, 0, 16), StringComparison.Ordinal);

        var requests = await Api.VendorRequestsAsync("aholo");
        var create = Assert.Single(requests, entry => entry["path"]!.GetValue<string>() == ApiBase + "project/create-3d-gen");
        Assert.Equal("a sunlit loft with a reading corner", create["jsonBody"]!["prompt"]!.GetValue<string>());
        Assert.DoesNotContain(requests, entry => entry["path"]!.GetValue<string>().StartsWith("/aholo/ous/", StringComparison.Ordinal));
    }
}
