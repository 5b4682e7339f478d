using System.Buffers.Binary;

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

    public static byte[] Write(SampleMesh mesh, ModelMaterial? material, string generator)
    {
        ArgumentNullException.ThrowIfNull(mesh);

        var bin = BuildBinary(mesh, out var positionsLength, out var normalsLength, out var indicesLength);
        var json = GlbJsonDocument.Write(mesh, material, generator, bin.Length, positionsLength, normalsLength, indicesLength);

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

    private static byte[] Pad(byte[] data, byte filler)
    {
        var padded = new byte[(data.Length + 3) & ~3];
        data.CopyTo(padded, 0);
        padded.AsSpan(data.Length).Fill(filler);
        return padded;
    }
}
