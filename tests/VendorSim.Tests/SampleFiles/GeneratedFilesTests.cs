using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.SampleFiles;

public sealed class GeneratedFilesTests
{
    private static async Task<(byte[] Bytes, string? ContentType)> DownloadFileAsync(RodinTestClient rodin, string name, params (string, string)[] fields)
    {
        var task = await rodin.SubmitTextAsync(fields);
        var list = await rodin.DownloadListAsync(task);
        var url = Assert.Single(list, f => f.Name == name).Url;
        using var response = await rodin.Http.GetAsync(url);
        Assert.Equal(200, (int)response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Model_file_is_a_valid_glb_with_a_triangle_mesh()
    {
        using var rodin = RodinTestClient.Start();

        var (bytes, contentType) = await DownloadFileAsync(rodin, "base_basic_pbr.glb");

        Assert.Equal("model/gltf-binary", contentType);
        var glb = GlbReader.Parse(bytes);
        Assert.Equal("2.0", glb.Json.GetProperty("asset").GetProperty("version").GetString());
        var bufferLength = glb.Json.GetProperty("buffers")[0].GetProperty("byteLength").GetInt32();
        Assert.InRange(glb.Bin.Length - bufferLength, 0, 3);

        var primitive = glb.Json.GetProperty("meshes")[0].GetProperty("primitives")[0];
        Assert.Equal(4, primitive.GetProperty("mode").GetInt32());
        var positions = glb.Accessor(primitive.GetProperty("attributes").GetProperty("POSITION").GetInt32());
        Assert.Equal("VEC3", positions.GetProperty("type").GetString());
        Assert.Equal(5126, positions.GetProperty("componentType").GetInt32());
        var vertexCount = positions.GetProperty("count").GetInt32();

        var indicesIndex = primitive.GetProperty("indices").GetInt32();
        var indices = glb.Accessor(indicesIndex);
        Assert.Equal(5123, indices.GetProperty("componentType").GetInt32());
        var indexCount = indices.GetProperty("count").GetInt32();
        Assert.True(indexCount >= 3 && indexCount % 3 == 0, $"{indexCount} indices is not a whole number of triangles");
        var indexBytes = glb.AccessorBytes(indicesIndex);
        for (var i = 0; i < indexCount; i++)
        {
            Assert.InRange(BinaryPrimitives.ReadUInt16LittleEndian(indexBytes[(i * 2)..]), 0, vertexCount - 1);
        }

        var positionBytes = glb.AccessorBytes(primitive.GetProperty("attributes").GetProperty("POSITION").GetInt32()).ToArray();
        Assert.Equal(vertexCount * 12, positionBytes.Length);
        var maxX = positions.GetProperty("max")[0].GetSingle();
        var actualMaxX = Enumerable.Range(0, vertexCount).Max(v => BinaryPrimitives.ReadSingleLittleEndian(positionBytes.AsSpan(v * 12)));
        Assert.Equal(maxX, actualMaxX);
        Assert.Equal(0, glb.Json.GetProperty("meshes")[0].GetProperty("primitives")[0].GetProperty("material").GetInt32());
    }

    [Fact]
    public async Task Preview_is_a_lossless_webp_of_the_declared_size()
    {
        using var rodin = RodinTestClient.Start();

        var (bytes, contentType) = await DownloadFileAsync(rodin, "preview.webp");

        Assert.Equal("image/webp", contentType);
        Assert.Equal("RIFF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal((uint)(bytes.Length - 8), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
        Assert.Equal("WEBP", Encoding.ASCII.GetString(bytes, 8, 4));
        Assert.Equal("VP8L", Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(0x2F, bytes[20]);
        var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(21));
        Assert.Equal(128u, (bits & 0x3FFF) + 1);
        Assert.Equal(128u, ((bits >> 14) & 0x3FFF) + 1);
    }

    [Fact]
    public async Task Stl_request_gets_an_ascii_stl_with_one_facet_per_triangle()
    {
        using var rodin = RodinTestClient.Start();

        var (bytes, contentType) = await DownloadFileAsync(rodin, "base_basic_pbr.stl", ("tier", "Gen-2"), ("geometry_file_format", "stl"));

        Assert.Equal("model/stl", contentType);
        var lines = Encoding.ASCII.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToList();
        Assert.StartsWith("solid ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("endsolid ", lines[^1], StringComparison.Ordinal);
        Assert.Equal(12, lines.Count(l => l.StartsWith("facet normal ", StringComparison.Ordinal)));
        Assert.All(lines.Where(l => l.StartsWith("vertex ", StringComparison.Ordinal)), l =>
            Assert.All(l.Split(' ')[1..], n => float.Parse(n, NumberStyles.Float, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Obj_request_gets_obj_text_whose_faces_reference_existing_vertices()
    {
        using var rodin = RodinTestClient.Start();

        var (bytes, _) = await DownloadFileAsync(rodin, "base_basic_pbr.obj", ("tier", "Gen-2"), ("geometry_file_format", "obj"));

        var lines = Encoding.ASCII.GetString(bytes).Split('\n');
        var vertices = lines.Count(l => l.StartsWith("v ", StringComparison.Ordinal));
        var faces = lines.Where(l => l.StartsWith("f ", StringComparison.Ordinal)).ToList();
        Assert.Equal(12, faces.Count);
        Assert.All(faces.SelectMany(f => f.Split(' ')[1..]), corner =>
            Assert.InRange(int.Parse(corner.Split("//")[0], CultureInfo.InvariantCulture), 1, vertices));
    }
}
