using System.Buffers.Binary;
using System.Net;
using System.Text;
using GenerationGateway.VendorSim.RequestLog;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.VendorSim.Tests.Aholo;

public sealed class AholoFileTests
{
    [Fact]
    public async Task The_ply_result_is_a_valid_binary_little_endian_gaussian_splat()
    {
        using var aholo = AholoSimulator.Start();
        var task = await aholo.TaskAsync(await aholo.CreateReconstructionAsync());
        using var response = await aholo.Http.GetAsync(new Uri(task.GetProperty("result").GetProperty("plyPath").GetString()!));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        var end = IndexOf(bytes, "end_header\n"u8) + "end_header\n".Length;
        var header = Encoding.ASCII.GetString(bytes, 0, end).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var vertices = int.Parse(header.Single(l => l.StartsWith("element vertex ", StringComparison.Ordinal))[15..], System.Globalization.CultureInfo.InvariantCulture);
        var properties = header.Where(l => l.StartsWith("property ", StringComparison.Ordinal)).ToList();
        var floats = Enumerable.Range(0, (bytes.Length - end) / 4).Select(i => BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(end + (i * 4)))).ToList();

        Assert.Equal("application/x-ply", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["ply", "format binary_little_endian 1.0"], header[..2]);
        Assert.Contains("property float f_dc_0", properties);
        Assert.Contains("property float opacity", properties);
        Assert.Equal("property float rot_3", properties[^1]);
        Assert.All(properties, p => Assert.StartsWith("property float ", p, StringComparison.Ordinal));
        Assert.True(vertices > 100);
        Assert.Equal(vertices * properties.Count * 4, bytes.Length - end);
        Assert.All(floats, f => Assert.True(float.IsFinite(f)));
        Assert.All(Enumerable.Range(0, vertices), v =>
        {
            var (x, y, z) = (floats[v * 17], floats[(v * 17) + 1], floats[(v * 17) + 2]);
            Assert.InRange(Math.Sqrt((x * x) + (y * y) + (z * z)), 0.99, 1.01);
        });
    }

    [Fact]
    public async Task The_spz_and_sog_results_are_placeholders_that_say_so()
    {
        using var aholo = AholoSimulator.Start();
        var result = (await aholo.TaskAsync(await aholo.CreateReconstructionAsync(uploadSog: true))).GetProperty("result");

        var spz = await aholo.Http.GetStringAsync(new Uri(result.GetProperty("spzPath").GetString()!));
        var sog = await aholo.Http.GetStringAsync(new Uri(result.GetProperty("sogPath").GetString()!));

        Assert.Contains("placeholder", spz, StringComparison.Ordinal);
        Assert.Contains("not a real SPZ file", spz, StringComparison.Ordinal);
        Assert.Contains("not a real SOG file", sog, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Result_links_expire_and_a_new_query_mints_fresh_ones()
    {
        using var factory = AholoSimulator.Create(new Dictionary<string, string?> { ["VendorSim:Aholo:ResultLinkLifetime"] = "00:10:00" });
        using var aholo = factory.Client();
        var id = await aholo.CreateGenerationAsync();
        var stale = new Uri((await aholo.TaskAsync(id)).GetProperty("result").GetProperty("plyPath").GetString()!);
        factory.Clock.Advance(TimeSpan.FromMinutes(10));

        using var expired = await aholo.Http.GetAsync(stale);
        using var fresh = await aholo.Http.GetAsync(new Uri((await aholo.TaskAsync(id)).GetProperty("result").GetProperty("plyPath").GetString()!));

        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task A_tampered_link_is_refused()
    {
        using var aholo = AholoSimulator.Start();
        var link = (await aholo.TaskAsync(await aholo.CreateGenerationAsync())).GetProperty("result").GetProperty("plyPath").GetString()!;

        using var response = await aholo.Http.GetAsync(new Uri(link.Replace(".ply", ".spz", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Sample_views_are_valid_pngs_of_the_size_asked_and_differ_by_name()
    {
        using var factory = AholoSimulator.Create();
        using var http = factory.CreateClient();

        var first = await http.GetByteArrayAsync(new Uri("/aholo/samples/view-01.png?w=320&h=240", UriKind.Relative));
        var second = await http.GetByteArrayAsync(new Uri("/aholo/samples/view-02.png?w=320&h=240", UriKind.Relative));

        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], first[..8]);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(first, 12, 4));
        Assert.Equal((320, 240), (BinaryPrimitives.ReadInt32BigEndian(first.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(first.AsSpan(20))));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task The_sample_video_carries_its_duration_in_moov_mvhd()
    {
        using var factory = AholoSimulator.Create();
        using var http = factory.CreateClient();

        var bytes = await http.GetByteArrayAsync(new Uri("/aholo/samples/walkthrough.mp4", UriKind.Relative));

        Assert.Equal("ftyp", Encoding.ASCII.GetString(bytes, 4, 4));
        var mvhd = IndexOf(bytes, "mvhd"u8) + 4;
        var (timeScale, duration) = (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(mvhd + 12)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(mvhd + 16)));
        Assert.Equal(12.0, (double)duration / timeScale);
    }

    [Fact]
    public async Task Every_aholo_request_is_logged_under_the_aholo_vendor()
    {
        using var factory = AholoSimulator.Create();
        using var aholo = factory.Client();

        await aholo.UploadAsync(AholoTestClient.Bytes(10));

        var log = factory.Services.GetRequiredService<SimulatorRequestLog>().Snapshot("aholo");
        Assert.Equal(
            ["/aholo/v2/aholo/upload/token", "/aholo/ous/api/v2/single/upload", "/aholo/ous/api/v2/upload/status"],
            log.Select(r => r.Path));
        Assert.Equal("file", log[1].Files.Single().Field);
        Assert.All(log, r => Assert.Equal(200, r.ResponseStatus));
    }

    static int IndexOf(byte[] bytes, ReadOnlySpan<byte> pattern) => bytes.AsSpan().IndexOf(pattern);
}
