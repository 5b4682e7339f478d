using System.Text;
using System.Text.Json.Nodes;

namespace GenerationGateway.Standalone.Tests;

/// <summary>DashScope <c>motionshop-gen3d</c> (simulator) through the standalone gateway's public API.</summary>
public sealed class DashScopeFlowTests : StandaloneGatewayTest
{
    [Fact]
    public async Task Motionshop_character_from_photo_completes_with_a_ply_that_matches_its_manifest()
    {
        var photo = Api.Url("portrait/templates/c505072e-66f0-4659-9b12-6da82ce6dc33.png");
        var id = await Api.SubmitAsync(new JsonObject
        {
            ["tenantId"] = Api.TenantId,
            ["vendor"] = "dashscope-gen3d",
            ["kind"] = "character-from-photo",
            ["inputs"] = new JsonObject { ["images"] = new JsonArray(new JsonObject { ["url"] = photo }) },
        });

        var generation = await Api.CompletedAsync(id);

        var asset = Assert.Single(generation["assets"]!.AsArray())!;
        Assert.Equal(("model", "ply", "character.ply"), (asset["role"]!.GetValue<string>(), asset["format"]!.GetValue<string>(), asset["name"]!.GetValue<string>()));
        var ply = await Api.DownloadAsync(asset);
        Assert.StartsWith("ply\n", Encoding.ASCII.GetString(ply, 0, 16), StringComparison.Ordinal);
        Assert.Equal(1, generation["usage"]!["quantity"]!.GetValue<int>());

        var submit = Assert.Single(await Api.VendorRequestsAsync("dashscope"), entry => entry["path"]!.GetValue<string>().EndsWith("/3d-generation", StringComparison.Ordinal));
        Assert.Equal("motionshop-gen3d", submit["jsonBody"]!["model"]!.GetValue<string>());
        Assert.Equal(photo, submit["jsonBody"]!["input"]!["image_url"]!.GetValue<string>());
        Assert.Equal(200, submit["responseStatus"]!.GetValue<int>());
    }
}
