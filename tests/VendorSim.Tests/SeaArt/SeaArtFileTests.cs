using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using GenerationGateway.VendorSim.Tests.SampleFiles;

namespace GenerationGateway.VendorSim.Tests.SeaArt;

/// <summary>The file host behind result URLs: real files, signed links that expire.</summary>
public sealed class SeaArtFileTests() : SeaArtSimTests(("VendorSim:SeaArt:DownloadLinkLifetime", "00:10:00"))
{
    private async Task<JsonElement> CompletedContentAsync(string format)
    {
        var id = await SeaArt.CreateTaskAsync();
        Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        var task = await SeaArt.TaskBodyAsync(id);
        return task.GetProperty("output")[0].GetProperty("content").EnumerateArray().Single(x => x.GetProperty("format").GetString() == format);
    }

    private static void AssertPng(byte[] png, int side)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal((side, side), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        var idatLength = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(33));
        Assert.Equal("IDAT", System.Text.Encoding.ASCII.GetString(png, 37, 4));
        using var pixels = new ZLibStream(new MemoryStream(png, 41, idatLength), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        pixels.CopyTo(raw);
        Assert.Equal(side * (1 + (side * 3)), raw.Length);
    }

    [Fact]
    public async Task The_obj_result_is_a_zip_with_a_valid_obj_and_a_png()
    {
        var content = await CompletedContentAsync("obj");

        using var response = await Factory.CreateClient().GetAsync(new Uri(content.GetProperty("url").GetString()!));
        var zip = await response.Content.ReadAsByteArrayAsync();
        using var archive = new ZipArchive(new MemoryStream(zip));
        var obj = await new StreamReader(archive.GetEntry("model.obj")!.Open()).ReadToEndAsync();
        using var png = new MemoryStream();
        await archive.GetEntry("preview.png")!.Open().CopyToAsync(png);

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var lines = obj.Split('\n');
        Assert.Equal(24, lines.Count(x => x.StartsWith("v ", StringComparison.Ordinal)));
        Assert.All(lines.Where(x => x.StartsWith("f ", StringComparison.Ordinal)).SelectMany(x => x.Split(' ').Skip(1)),
            corner => Assert.InRange(int.Parse(corner.Split("//")[0], System.Globalization.CultureInfo.InvariantCulture), 1, 24));
        AssertPng(png.ToArray(), 128);
    }

    [Fact]
    public async Task The_glb_and_the_preview_are_real_files()
    {
        var content = await CompletedContentAsync("glb");
        using var http = Factory.CreateClient();

        var glb = GlbReader.Parse(await http.GetByteArrayAsync(new Uri(content.GetProperty("url").GetString()!)));
        var preview = await http.GetByteArrayAsync(new Uri(content.GetProperty("preview_url").GetString()!));

        Assert.Equal("2.0", glb.Json.GetProperty("asset").GetProperty("version").GetString());
        AssertPng(preview, 128);
    }

    [Fact]
    public async Task A_link_expires_and_a_tampered_link_is_refused()
    {
        var url = (await CompletedContentAsync("glb")).GetProperty("url").GetString()!;
        using var http = Factory.CreateClient();

        var tampered = await http.GetAsync(new Uri(url.Replace("model.glb", "model.zip", StringComparison.Ordinal)));
        Factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var expired = await http.GetAsync(new Uri(url));

        Assert.Equal((403, 403), ((int)tampered.StatusCode, (int)expired.StatusCode));
    }
}
