using System.Globalization;
using System.Text;

namespace GenerationGateway.VendorSim.Aholo.Files;

/// <summary>
/// A small 3D Gaussian splat as a valid PLY: <c>binary_little_endian 1.0</c>, one <c>vertex</c> element with the
/// 17 float properties 3DGS tools read (position, normal, DC colour, opacity, log scale, rotation quaternion),
/// the points on a sphere. The same seed gives the same bytes.
/// </summary>
public static class SplatPlyWriter
{
    public const string ContentType = "application/x-ply";

    public static IReadOnlyList<string> Properties { get; } =
    [
        "x", "y", "z", "nx", "ny", "nz", "f_dc_0", "f_dc_1", "f_dc_2", "opacity",
        "scale_0", "scale_1", "scale_2", "rot_0", "rot_1", "rot_2", "rot_3",
    ];

    public static byte[] Write(int vertices, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vertices, 1);
        var header = new StringBuilder()
            .Append("ply\n")
            .Append("format binary_little_endian 1.0\n")
            .Append("comment Aholo simulator: a small 3D Gaussian splat\n")
            .Append(CultureInfo.InvariantCulture, $"element vertex {vertices}\n");
        foreach (var property in Properties)
        {
            header.Append(CultureInfo.InvariantCulture, $"property float {property}\n");
        }

        header.Append("end_header\n");

        using var stream = new MemoryStream();
        stream.Write(Encoding.ASCII.GetBytes(header.ToString()));
        using (var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true))
        {
            var golden = Math.PI * (3 - Math.Sqrt(5));
            var scale = (float)Math.Log(0.04);
            for (var i = 0; i < vertices; i++)
            {
                // A Fibonacci sphere: evenly spread points, normals pointing out.
                var y = vertices == 1 ? 0 : 1 - (2.0 * i / (vertices - 1));
                var radius = Math.Sqrt(1 - (y * y));
                var theta = (golden * i) + seed;
                var (x, z) = (Math.Cos(theta) * radius, Math.Sin(theta) * radius);
                float[] values =
                [
                    (float)x, (float)y, (float)z, (float)x, (float)y, (float)z,
                    (float)(x * 1.5), (float)(y * 1.5), (float)(z * 1.5), 2.5f,
                    scale, scale, scale, 1f, 0f, 0f, 0f,
                ];
                foreach (var value in values)
                {
                    writer.Write(value);
                }
            }
        }

        return stream.ToArray();
    }
}
