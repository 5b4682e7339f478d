using System.Buffers.Binary;
using System.Text;

namespace GenerationGateway.VendorSim.Tests.DashScope;

public sealed class DashScopePlyFileTests
{
    static async Task<(DashScopeTestClient Client, Uri PlyUrl)> SucceededAsync(Tests.Infrastructure.VendorSimFactory factory)
    {
        var dashscope = new DashScopeTestClient(factory);
        var taskId = await dashscope.SubmitPhotoAsync();
        factory.Clock.Advance(DashScopeTestClient.Pending + DashScopeTestClient.Running);
        var output = await dashscope.OutputAsync(taskId);
        return (dashscope, new Uri(output.GetProperty("ply_url").GetString()!));
    }

    [Fact]
    public async Task The_ply_url_serves_a_binary_point_cloud_whose_header_matches_its_body()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        var (dashscope, plyUrl) = await SucceededAsync(factory);
        using var _ = dashscope;
        using var anonymous = factory.CreateClient();

        var bytes = await anonymous.GetByteArrayAsync(plyUrl.PathAndQuery);

        var headerEnd = IndexOf(bytes, "end_header\n"u8) + "end_header\n".Length;
        var header = Encoding.ASCII.GetString(bytes, 0, headerEnd).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["ply", "format binary_little_endian 1.0"], header[..2]);
        var vertices = int.Parse(header.Single(x => x.StartsWith("element vertex ", StringComparison.Ordinal))["element vertex ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            ["property float x", "property float y", "property float z", "property uchar red", "property uchar green", "property uchar blue", "end_header"],
            header.SkipWhile(x => !x.StartsWith("property", StringComparison.Ordinal)));
        Assert.InRange(vertices, 1000, 100_000);
        Assert.Equal(headerEnd + (vertices * 15), bytes.Length);
        var heights = Enumerable.Range(0, vertices).Select(i => BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(headerEnd + (i * 15) + 4))).ToList();
        Assert.All(heights, y => Assert.InRange(y, -0.01f, 2f));
        Assert.True(heights.Max() - heights.Min() > 1.5f, "The character should stand about 1.75 m tall.");
    }

    [Fact]
    public async Task The_link_expires_and_a_new_query_signs_a_fresh_one()
    {
        using var factory = DashScopeTestClient.CreateFactory(("PlyLinkLifetime", "00:10:00"));
        var (dashscope, plyUrl) = await SucceededAsync(factory);
        using var _ = dashscope;
        using var anonymous = factory.CreateClient();
        factory.Clock.Advance(TimeSpan.FromMinutes(10));

        using var expired = await anonymous.GetAsync(plyUrl.PathAndQuery);
        var taskId = plyUrl.Segments[^2].Split('.')[0];
        var fresh = new Uri((await dashscope.OutputAsync(taskId)).GetProperty("ply_url").GetString()!);
        using var renewed = await anonymous.GetAsync(fresh.PathAndQuery);

        Assert.Equal(403, (int)expired.StatusCode);
        Assert.Contains("<Code>AccessDenied</Code>", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(plyUrl, fresh);
        Assert.True(renewed.IsSuccessStatusCode, $"{renewed.StatusCode}");
    }

    [Fact]
    public async Task A_tampered_link_is_refused()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        var (dashscope, plyUrl) = await SucceededAsync(factory);
        using var _ = dashscope;
        using var anonymous = factory.CreateClient();

        using var response = await anonymous.GetAsync(plyUrl.PathAndQuery.Replace("character.ply", "other.ply", StringComparison.Ordinal));

        Assert.Equal(403, (int)response.StatusCode);
        Assert.Contains("SignatureDoesNotMatch", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    static int IndexOf(byte[] bytes, ReadOnlySpan<byte> value)
    {
        var index = bytes.AsSpan().IndexOf(value);
        Assert.True(index >= 0, "No end_header line.");
        return index;
    }
}
