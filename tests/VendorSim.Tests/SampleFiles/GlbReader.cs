using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace GenerationGateway.VendorSim.Tests.SampleFiles;

/// <summary>A strict reader of the GLB container (glTF 2.0 §4.4), written from the spec, independent of the simulator's writer.</summary>
public sealed class GlbReader
{
    private GlbReader(JsonElement json, byte[] bin)
    {
        Json = json;
        Bin = bin;
    }

    public JsonElement Json { get; }

    public byte[] Bin { get; }

    public static GlbReader Parse(byte[] glb)
    {
        Assert.True(glb.Length >= 28, "too short for a header and a chunk");
        Assert.Equal("glTF", Encoding.ASCII.GetString(glb, 0, 4));
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32LittleEndian(glb.AsSpan(4)));
        Assert.Equal((uint)glb.Length, BinaryPrimitives.ReadUInt32LittleEndian(glb.AsSpan(8)));

        var jsonLength = (int)BinaryPrimitives.ReadUInt32LittleEndian(glb.AsSpan(12));
        Assert.Equal("JSON", Encoding.ASCII.GetString(glb, 16, 4));
        Assert.Equal(0, jsonLength % 4);
        using var document = JsonDocument.Parse(glb.AsMemory(20, jsonLength));

        var binHeader = 20 + jsonLength;
        var binLength = (int)BinaryPrimitives.ReadUInt32LittleEndian(glb.AsSpan(binHeader));
        Assert.Equal("BIN\0", Encoding.ASCII.GetString(glb, binHeader + 4, 4));
        Assert.Equal(0, binLength % 4);
        Assert.Equal(glb.Length, binHeader + 8 + binLength);
        return new GlbReader(document.RootElement.Clone(), glb.AsSpan(binHeader + 8, binLength).ToArray());
    }

    public JsonElement Accessor(int index) => Json.GetProperty("accessors")[index];

    /// <summary>The bytes an accessor reads (tightly packed views, as the simulator writes them).</summary>
    public ReadOnlySpan<byte> AccessorBytes(int index)
    {
        var accessor = Accessor(index);
        var view = Json.GetProperty("bufferViews")[accessor.GetProperty("bufferView").GetInt32()];
        var offset = view.GetProperty("byteOffset").GetInt32();
        return Bin.AsSpan(offset, view.GetProperty("byteLength").GetInt32());
    }
}
