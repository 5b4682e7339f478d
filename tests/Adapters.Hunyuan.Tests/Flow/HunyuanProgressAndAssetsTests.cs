using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Flow;

/// <summary>Progress normalization and the reading of resources by format, on answers the simulator does not give.</summary>
public sealed class HunyuanProgressAndAssetsTests
{
    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.37, 37)]
    [InlineData(0.995, 100)]
    [InlineData(1.0, 100)]
    [InlineData(1.7, 100)]
    [InlineData(-0.2, 0)]
    public void Progress_0_to_1_becomes_a_percentage(double progress, int percent)
    {
        Assert.Equal(percent, HunyuanVendorWorkflow.Percent(progress));
    }

    [Fact]
    public void No_progress_is_no_percentage()
    {
        Assert.Null(HunyuanVendorWorkflow.Percent(null));
        Assert.Null(HunyuanVendorWorkflow.Percent(double.NaN));
    }

    [Fact]
    public void Judges_each_resource_by_format_not_type_and_keeps_each_distinct_preview()
    {
        var assets = HunyuanAssets.From(
        [
            new HunyuanContent("glb", "obj", new Uri("https://cdn.test/r/a.zip?sig=1"), new Uri("https://cdn.test/r/a.png"), "j"),
            new HunyuanContent("obj", "glb", new Uri("https://cdn.test/r/b.glb"), new Uri("https://cdn.test/r/a.png"), "j"),
            new HunyuanContent("3d", "obj", new Uri("https://cdn.test/r/c.obj"), new Uri("https://cdn.test/r/c.jpg"), "j"),
            new HunyuanContent("3d", null, new Uri("https://cdn.test/r/d.stl"), null, "j"),
        ]);

        Assert.Equal(
            [
                (AssetRole.Archive, AssetFormat.Zip, "model-obj.zip"), (AssetRole.Preview, AssetFormat.Png, "preview.png"),
                (AssetRole.Model, AssetFormat.Glb, "model.glb"), (AssetRole.Model, AssetFormat.Obj, "model.obj"),
                (AssetRole.Preview, AssetFormat.Jpg, "preview.jpg"), (AssetRole.Model, AssetFormat.Stl, "model.stl"),
            ],
            assets.Select(x => (x.Role, x.Format, x.Name)));
    }

    [Fact]
    public void Names_stay_unique()
    {
        var assets = HunyuanAssets.From(
        [
            new HunyuanContent("glb", "glb", new Uri("https://cdn.test/1.glb"), new Uri("https://cdn.test/1.png"), "j"),
            new HunyuanContent("glb", "glb", new Uri("https://cdn.test/2.glb"), new Uri("https://cdn.test/2.png"), "j"),
        ]);

        Assert.Equal(["model.glb", "preview.png", "model-2.glb", "preview-2.png"], assets.Select(x => x.Name));
    }

    [Fact]
    public void Every_listed_code_is_retryable_and_only_the_upstream_http_error_is_an_outage()
    {
        string[] codes = ["13001095", "13001096", "13001097", "13001098", "13001099"];

        var classified = codes.Select(HunyuanFailureCodes.Classify).ToList();

        Assert.All(classified, x => Assert.True(x.Retryable));
        Assert.Equal(
            [FailureReason.VendorJobFailed, FailureReason.VendorJobFailed, FailureReason.VendorUnavailable, FailureReason.VendorJobFailed, FailureReason.VendorJobFailed],
            classified.Select(x => x.Reason));
    }
}
