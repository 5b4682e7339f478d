using System.Buffers.Binary;
using System.Text;

namespace GenerationGateway.VendorSim.Aholo.Files;

/// <summary>
/// A sample "walkthrough video": only the MP4 boxes a client reads for metadata (<c>ftyp</c>, <c>moov/mvhd</c>
/// with the duration) plus a <c>free</c> box naming it. It is not playable; it stands in for a capture video.
/// </summary>
public static class SampleMp4
{
    public const string ContentType = "video/mp4";

    public static byte[] Write(int durationSeconds, string name)
    {
        const int TimeScale = 1000;
        using var mp4 = new MemoryStream();
        Box(mp4, "ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isommp41"u8]);

        var mvhd = new byte[100];
        BinaryPrimitives.WriteInt32BigEndian(mvhd.AsSpan(12), TimeScale);
        BinaryPrimitives.WriteInt32BigEndian(mvhd.AsSpan(16), durationSeconds * TimeScale);
        BinaryPrimitives.WriteInt32BigEndian(mvhd.AsSpan(20), 0x00010000);
        BinaryPrimitives.WriteInt16BigEndian(mvhd.AsSpan(24), 0x0100);
        BinaryPrimitives.WriteInt32BigEndian(mvhd.AsSpan(36), 0x00010000);
        BinaryPrimitives.WriteInt32BigEndian(mvhd.AsSpan(52), 0x00010000);
        BinaryPrimitives.WriteInt32BigEndian(mvhd.AsSpan(68), 0x40000000);
        BinaryPrimitives.WriteInt32BigEndian(mvhd.AsSpan(96), 2);
        using var moov = new MemoryStream();
        Box(moov, "mvhd", mvhd);
        Box(mp4, "moov", moov.ToArray());
        Box(mp4, "free", Encoding.UTF8.GetBytes($"Aholo simulator sample video {name}; not playable."));
        return mp4.ToArray();
    }

    private static void Box(Stream stream, string type, byte[] payload)
    {
        Span<byte> size = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(size, payload.Length + 8);
        stream.Write(size);
        stream.Write(Encoding.ASCII.GetBytes(type));
        stream.Write(payload);
    }
}
