using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Rodin.Tests.Flow;

public sealed class RodinAssetFileTests
{
    [Theory]
    [InlineData("base_basic_pbr.glb", AssetRole.Model, AssetFormat.Glb, "model/gltf-binary")]
    [InlineData("base_basic_pbr.FBX", AssetRole.Model, AssetFormat.Fbx, "application/octet-stream")]
    [InlineData("model.usdz", AssetRole.Model, AssetFormat.Usdz, "model/vnd.usdz+zip")]
    [InlineData("model.obj", AssetRole.Model, AssetFormat.Obj, "model/obj")]
    [InlineData("model.stl", AssetRole.Model, AssetFormat.Stl, "model/stl")]
    [InlineData("model.zip", AssetRole.Archive, AssetFormat.Zip, "application/zip")]
    [InlineData("preview.webp", AssetRole.Preview, AssetFormat.Webp, "image/webp")]
    [InlineData("render.png", AssetRole.Preview, AssetFormat.Png, "image/png")]
    [InlineData("render.jpeg", AssetRole.Preview, AssetFormat.Jpg, "image/jpeg")]
    [InlineData("material.mtl", AssetRole.Model, AssetFormat.Other, "model/mtl")]
    [InlineData("notes.txt", AssetRole.Model, AssetFormat.Other, "application/octet-stream")]
    public void Judges_a_file_by_its_extension(string name, AssetRole role, AssetFormat format, string contentType)
    {
        var asset = RodinAssetFile.ToAsset(new RodinFile(name, new Uri($"https://files.test/{name}")), name);

        Assert.Equal((role, format, contentType), (asset.Role, asset.Format, asset.ContentType));
    }

    [Fact]
    public void Falls_back_to_the_url_when_the_name_has_no_extension()
    {
        var asset = RodinAssetFile.ToAsset(new RodinFile("model", new Uri("https://files.test/x/model.glb?sig=1")), "model");

        Assert.Equal(AssetFormat.Glb, asset.Format);
    }

    [Fact]
    public void Keeps_names_unique_and_without_folders()
    {
        var assets = RodinAssetFile.ToAssets(
        [
            new("a/model.glb", new Uri("https://files.test/1")),
            new("model.glb", new Uri("https://files.test/2")),
            new(@"..\model.glb", new Uri("https://files.test/3")),
        ]);

        Assert.Equal(["model.glb", "model-2.glb", "model-3.glb"], assets.Select(x => x.Name));
    }
}
