using System.Buffers.Binary;
using System.Text;

namespace GenerationGateway.VendorSim.DashScope.Files;

/// <summary>
/// Writes a point cloud as binary little-endian PLY 1.0: an ASCII header (<c>element vertex N</c> with float x, y, z
/// and uchar red, green, blue), then 15 bytes per point.
/// </summary>
public static class PlyWriter
{
    public const int BytesPerPoint = (3 * sizeof(float)) + 3;

    public static byte[] Write(IReadOnlyList<PlyPoint> points, string comment)
    {
        ArgumentNullException.ThrowIfNull(points);
        var header = Encoding.ASCII.GetBytes(
            "ply\n" +
            "format binary_little_endian 1.0\n" +
            $"comment {comment}\n" +
            $"element vertex {points.Count}\n" +
            "property float x\nproperty float y\nproperty float z\n" +
            "property uchar red\nproperty uchar green\nproperty uchar blue\n" +
            "end_header\n");
        var bytes = new byte[header.Length + (points.Count * BytesPerPoint)];
        header.CopyTo(bytes, 0);
        var span = bytes.AsSpan(header.Length);
        foreach (var point in points)
        {
            BinaryPrimitives.WriteSingleLittleEndian(span, point.X);
            BinaryPrimitives.WriteSingleLittleEndian(span[4..], point.Y);
            BinaryPrimitives.WriteSingleLittleEndian(span[8..], point.Z);
            span[12] = point.Red;
            span[13] = point.Green;
            span[14] = point.Blue;
            span = span[BytesPerPoint..];
        }

        return bytes;
    }
}
