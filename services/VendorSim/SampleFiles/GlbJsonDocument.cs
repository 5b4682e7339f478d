using System.Text.Json;

namespace GenerationGateway.VendorSim.SampleFiles;

/// <summary>
/// The JSON chunk of the GLB <see cref="GlbWriter"/> makes: one scene, one node, one indexed triangle primitive
/// (POSITION, NORMAL, 16-bit indices) in three tightly packed buffer views of the single buffer.
/// </summary>
internal static class GlbJsonDocument
{
    private const int FloatComponent = 5126;
    private const int UnsignedShortComponent = 5123;
    private const int ArrayBufferTarget = 34962;
    private const int ElementArrayBufferTarget = 34963;
    private const int TrianglesMode = 4;

    public static byte[] Write(
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
}
