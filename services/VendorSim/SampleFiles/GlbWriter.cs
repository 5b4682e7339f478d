using System.Buffers.Binary;
using System.Text.Json;

namespace GenerationGateway.VendorSim.SampleFiles;

/// <summary>
/// Writes a binary glTF 2.0 (GLB) file: a 12-byte header, a JSON chunk describing one triangle mesh,
/// and a BIN chunk holding positions, normals and 16-bit indices.
/// </summary>
public static class GlbWriter
{
    public const uint Magic = 0x46546C67; // "glTF"
    public const uint Version = 2;
    public const uint JsonChunkType = 0x4E4F534A; // "JSON"
    public const uint BinChunkType = 0x004E4942; // "BIN\0"

    private const int FloatComponent = 5126;
    private const int UnsignedShortComponent = 5123;
    private const int ArrayBufferTarget = 34962;
    private const int ElementArrayBufferTarget = 34963;
    private const int TrianglesMode = 4;

    public static byte[] Write(SampleMesh mesh, ModelMaterial? material, string generator)
    {
        ArgumentNullException.ThrowIfNull(mesh);

        var bin = BuildBinary(mesh, out var positionsLength, out var normalsLength, out var indicesLength);
        var json = BuildJson(mesh, material, generator, bin.Length, positionsLength, normalsLength, indicesLength);

        var jsonPadded = Pad(json, 0x20);
        var binPadded = Pad(bin, 0x00);
        var total = 12 + 8 + jsonPadded.Length + 8 + binPadded.Length;

        var glb = new byte[total];
        var span = glb.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, Magic);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], Version);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], (uint)total);
        BinaryPrimitives.WriteUInt32LittleEndian(span[12..], (uint)jsonPadded.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], JsonChunkType);
        jsonPadded.CopyTo(span[20..]);
        var binStart = 20 + jsonPadded.Length;
        BinaryPrimitives.WriteUInt32LittleEndian(span[binStart..], (uint)binPadded.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(binStart + 4)..], BinChunkType);
        binPadded.CopyTo(span[(binStart + 8)..]);
        return glb;
    }

    private static byte[] BuildBinary(SampleMesh mesh, out int positionsLength, out int normalsLength, out int indicesLength)
    {
        positionsLength = mesh.Positions.Count * sizeof(float);
        normalsLength = mesh.Normals.Count * sizeof(float);
        indicesLength = mesh.Indices.Count * sizeof(ushort);
        var bin = new byte[positionsLength + normalsLength + indicesLength];
        var offset = 0;
        foreach (var value in mesh.Positions.Concat(mesh.Normals))
        {
            BinaryPrimitives.WriteSingleLittleEndian(bin.AsSpan(offset), value);
            offset += sizeof(float);
        }

        foreach (var index in mesh.Indices)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bin.AsSpan(offset), index);
            offset += sizeof(ushort);
        }

        return bin;
    }

    private static byte[] BuildJson(
        SampleMesh mesh, ModelMaterial? material, string generator, int binLength, int positionsLength, int normalsLength, int indicesLength)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartObject("asset");
            w.WriteString("version", "2.0");
            w.WriteString("generator", generator);
            w.WriteEndObject();
            if (material?.Unlit == true)
            {
                w.WriteStartArray("extensionsUsed");
                w.WriteStringValue("KHR_materials_unlit");
                w.WriteEndArray();
            }

            w.WriteNumber("scene", 0);
            w.WriteStartArray("scenes");
            w.WriteStartObject();
            w.WriteStartArray("nodes");
            w.WriteNumberValue(0);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("nodes");
            w.WriteStartObject();
            w.WriteNumber("mesh", 0);
            w.WriteString("name", "model");
            w.WriteEndObject();
            w.WriteEndArray();
            WriteMesh(w, material is not null);
            if (material is not null)
            {
                WriteMaterial(w, material);
            }

            w.WriteStartArray("buffers");
            w.WriteStartObject();
            w.WriteNumber("byteLength", binLength);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("bufferViews");
            WriteBufferView(w, 0, positionsLength, ArrayBufferTarget, byteStride: 12);
            WriteBufferView(w, positionsLength, normalsLength, ArrayBufferTarget, byteStride: 12);
            WriteBufferView(w, positionsLength + normalsLength, indicesLength, ElementArrayBufferTarget, byteStride: null);
            w.WriteEndArray();
            WriteAccessors(w, mesh);
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteMesh(Utf8JsonWriter w, bool hasMaterial)
    {
        w.WriteStartArray("meshes");
        w.WriteStartObject();
        w.WriteString("name", "model");
        w.WriteStartArray("primitives");
        w.WriteStartObject();
        w.WriteStartObject("attributes");
        w.WriteNumber("POSITION", 0);
        w.WriteNumber("NORMAL", 1);
        w.WriteEndObject();
        w.WriteNumber("indices", 2);
        if (hasMaterial)
        {
            w.WriteNumber("material", 0);
        }

        w.WriteNumber("mode", TrianglesMode);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteMaterial(Utf8JsonWriter w, ModelMaterial material)
    {
        w.WriteStartArray("materials");
        w.WriteStartObject();
        w.WriteString("name", material.Name);
        w.WriteStartObject("pbrMetallicRoughness");
        w.WriteStartArray("baseColorFactor");
        foreach (var c in material.BaseColor)
        {
            w.WriteNumberValue(c);
        }

        w.WriteEndArray();
        w.WriteNumber("metallicFactor", material.Metallic);
        w.WriteNumber("roughnessFactor", material.Roughness);
        w.WriteEndObject();
        if (material.Unlit)
        {
            w.WriteStartObject("extensions");
            w.WriteStartObject("KHR_materials_unlit");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteBufferView(Utf8JsonWriter w, int offset, int length, int target, int? byteStride)
    {
        w.WriteStartObject();
        w.WriteNumber("buffer", 0);
        w.WriteNumber("byteOffset", offset);
        w.WriteNumber("byteLength", length);
        if (byteStride is { } stride)
        {
            w.WriteNumber("byteStride", stride);
        }

        w.WriteNumber("target", target);
        w.WriteEndObject();
    }

    private static void WriteAccessors(Utf8JsonWriter w, SampleMesh mesh)
    {
        w.WriteStartArray("accessors");
        WriteVec3Accessor(w, 0, mesh.Positions, mesh.VertexCount);
        WriteVec3Accessor(w, 1, mesh.Normals, mesh.VertexCount);
        w.WriteStartObject();
        w.WriteNumber("bufferView", 2);
        w.WriteNumber("componentType", UnsignedShortComponent);
        w.WriteNumber("count", mesh.Indices.Count);
        w.WriteString("type", "SCALAR");
        w.WriteStartArray("min");
        w.WriteNumberValue(mesh.Indices.Min());
        w.WriteEndArray();
        w.WriteStartArray("max");
        w.WriteNumberValue(mesh.Indices.Max());
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteVec3Accessor(Utf8JsonWriter w, int bufferView, IReadOnlyList<float> values, int count)
    {
        w.WriteStartObject();
        w.WriteNumber("bufferView", bufferView);
        w.WriteNumber("componentType", FloatComponent);
        w.WriteNumber("count", count);
        w.WriteString("type", "VEC3");
        w.WriteStartArray("min");
        for (var axis = 0; axis < 3; axis++)
        {
            w.WriteNumberValue(Enumerable.Range(0, count).Min(i => values[(i * 3) + axis]));
        }

        w.WriteEndArray();
        w.WriteStartArray("max");
        for (var axis = 0; axis < 3; axis++)
        {
            w.WriteNumberValue(Enumerable.Range(0, count).Max(i => values[(i * 3) + axis]));
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static byte[] Pad(byte[] data, byte filler)
    {
        var padded = new byte[(data.Length + 3) & ~3];
        data.CopyTo(padded, 0);
        padded.AsSpan(data.Length).Fill(filler);
        return padded;
    }
}
