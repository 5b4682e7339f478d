using GenerationGateway.Adapters.Aholo.Media;
using GenerationGateway.VendorSim.Aholo.Files;

namespace GenerationGateway.Adapters.Aholo.Tests.Media;

public sealed class ImageSizeTests
{
    static Task<(int Width, int Height)?> Read(byte[] bytes) => ImageSize.ReadAsync(new MemoryStream(bytes), CancellationToken.None);

    [Fact]
    public async Task Reads_a_png() => Assert.Equal((1920, 1080), await Read(SamplePng.Write(1920, 1080, "a")));

    [Fact]
    public async Task Reads_a_jpeg_past_its_app_segments()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            0xFF, 0xE1, 0x00, 0x06, 1, 2, 3, 4,
            0xFF, 0xDB, 0x00, 0x04, 0, 0,
            0xFF, 0xC2, 0x00, 0x11, 0x08, 0x02, 0xD0, 0x05, 0x00, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
            0xFF, 0xDA,
        ];

        Assert.Equal((1280, 720), await Read(jpeg));
    }

    [Fact]
    public async Task Reads_a_lossless_webp()
    {
        var bits = (uint)(640 - 1) | ((uint)(480 - 1) << 14);
        byte[] webp = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8L"u8, 0, 0, 0, 0, 0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24), 0, 0, 0, 0, 0];

        Assert.Equal((640, 480), await Read(webp));
    }

    [Fact]
    public async Task Reads_an_extended_webp()
    {
        byte[] webp = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8X"u8, 10, 0, 0, 0, 0, 0, 0, 0, 0x7F, 0x07, 0x00, 0x37, 0x04, 0x00];

        Assert.Equal((1920, 1080), await Read(webp));
    }

    [Fact]
    public async Task Reads_a_gif() => Assert.Equal((300, 200), await Read([.. "GIF89a"u8, 0x2C, 0x01, 0xC8, 0x00, .. new byte[20]]));

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 })]
    public async Task Anything_else_has_no_size(byte[] bytes) => Assert.Null(await Read(bytes));
}
