using GenerationGateway.TestSupport.Images;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.VendorRules.Tests.Hunyuan;

public sealed class HunyuanImageProbeTests
{
    [Fact]
    public void Reads_the_size_of_each_accepted_format()
    {
        Assert.Equal(new HunyuanImageInfo(HunyuanImageFormat.Png, 300, 200), HunyuanImageProbe.Read(TestImages.Png(300, 200)));
        Assert.Equal(new HunyuanImageInfo(HunyuanImageFormat.Jpeg, 1920, 1080), HunyuanImageProbe.Read(TestImages.Jpeg(1920, 1080)));
        Assert.Equal(new HunyuanImageInfo(HunyuanImageFormat.Webp, 640, 480), HunyuanImageProbe.Read(TestImages.WebpLossy(640, 480)));
        Assert.Equal(new HunyuanImageInfo(HunyuanImageFormat.Webp, 4096, 16), HunyuanImageProbe.Read(TestImages.WebpLossless(4096, 16)));
        Assert.Equal(new HunyuanImageInfo(HunyuanImageFormat.Webp, 7000, 129), HunyuanImageProbe.Read(TestImages.WebpExtended(7000, 129)));
    }

    [Fact]
    public void Knows_nothing_of_other_bytes()
    {
        Assert.Null(HunyuanImageProbe.Read(TestImages.Gif(10, 10)));
        Assert.Null(HunyuanImageProbe.Read("hello"u8));
        Assert.Null(HunyuanImageProbe.Read(TestImages.Png(10, 10).AsSpan(0, 20)));
    }
}
