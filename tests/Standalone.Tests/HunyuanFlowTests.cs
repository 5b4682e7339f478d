using System.Text;
using System.Text.Json.Nodes;

namespace GenerationGateway.Standalone.Tests;

/// <summary>Tencent Hunyuan 3D Pro (SeaArt gateway simulator) through the standalone gateway's public API.</summary>
public sealed class HunyuanFlowTests : StandaloneGatewayTest
{
    [Fact]
    public async Task Text_to_3d_normal_completes_with_a_glb_that_matches_its_manifest()
    {
        var id = await Api.SubmitAsync(new JsonObject
        {
            ["tenantId"] = Api.TenantId,
            ["vendor"] = "hunyuan3d-pro",
            ["kind"] = "text-to-3d",
            ["inputs"] = new JsonObject { ["prompt"] = "a ceramic owl on a stack of books" },
            ["vendorOptions"] = new JsonObject { ["generateType"] = "Normal" },
        });

        var generation = await Api.CompletedAsync(id);

        Assert.Equal("hunyuan3d-pro", generation["vendor"]!.GetValue<string>());
        Assert.Equal(100, generation["progress"]!.GetValue<int>());
        var assets = generation["assets"]!.AsArray();
        Assert.Equal(["model.glb", "preview.png", "model-obj.zip"], assets.Select(asset => asset!["name"]!.GetValue<string>()));
        var model = assets.Single(asset => asset!["format"]!.GetValue<string>() == "glb")!;
        Assert.Equal("model", model["role"]!.GetValue<string>());
        var glb = await Api.DownloadAsync(model);
        Assert.Equal("glTF", Encoding.ASCII.GetString(glb, 0, 4));
        Assert.Equal(20, generation["usage"]!["credits"]!.GetValue<int>());

        var create = Assert.Single(await Api.VendorRequestsAsync("seaart"), entry => entry["path"]!.GetValue<string>() == "/seaart/model/v1/generation");
        var parameters = create["jsonBody"]!["input"]![0]!["params"]!;
        Assert.Equal("Normal", parameters["generate_type"]!.GetValue<string>());
        Assert.Equal("a ceramic owl on a stack of books", parameters["prompt"]!.GetValue<string>());
    }
}
