using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Portrait.Tests.Client;

public sealed class PortraitPhotoAssetsTests
{
    [Fact]
    public void Result_paths_become_photos_named_in_order_with_the_format_of_their_extension()
    {
        var assets = PortraitPhotoAssets.From([
            new Uri("https://cdn.test/a/1.png?sig=x"),
            new Uri("https://cdn.test/a/2.JPEG"),
            new Uri("https://cdn.test/a/3.jpg"),
            new Uri("https://cdn.test/a/4.webp"),
            new Uri("https://cdn.test/a/5.heic"),
        ]);

        Assert.All(assets, a => Assert.Equal(AssetRole.Photo, a.Role));
        Assert.Equal(["photo-01.png", "photo-02.jpg", "photo-03.jpg", "photo-04.webp", "photo-05.heic"], assets.Select(a => a.Name));
        Assert.Equal([AssetFormat.Png, AssetFormat.Jpg, AssetFormat.Jpg, AssetFormat.Webp, AssetFormat.Other], assets.Select(a => a.Format));
        Assert.Equal(["image/png", "image/jpeg", "image/jpeg", "image/webp", null], assets.Select(a => a.ContentType));
    }
}
