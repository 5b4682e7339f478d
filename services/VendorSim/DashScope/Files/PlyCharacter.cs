namespace GenerationGateway.VendorSim.DashScope.Files;

/// <summary>
/// The character every SUCCEEDED task delivers: a coloured point cloud of a standing figure about 1.75 m tall
/// (head, torso, arms, legs), sampled deterministically, as binary PLY.
/// </summary>
public static class PlyCharacter
{
    public const string FileName = "character.ply";

    private static readonly (byte R, byte G, byte B) Skin = (224, 172, 105);
    private static readonly (byte R, byte G, byte B) Shirt = (40, 90, 200);
    private static readonly (byte R, byte G, byte B) Trousers = (45, 45, 55);

    private static readonly Lazy<byte[]> Content = new(() => PlyWriter.Write(Points(), "GenerationGateway VendorSim (DashScope motionshop-gen3d)"));

    public static byte[] Bytes => Content.Value;

    public static IReadOnlyList<PlyPoint> Points()
    {
        var points = new List<PlyPoint>();
        Ellipsoid(points, (0f, 1.62f, 0f), (0.11f, 0.13f, 0.11f), 400, Skin);
        Ellipsoid(points, (0f, 1.2f, 0f), (0.2f, 0.3f, 0.12f), 700, Shirt);
        foreach (var side in new[] { -1f, 1f })
        {
            Limb(points, (side * 0.26f, 1.45f, 0f), (side * 0.34f, 0.85f, 0f), 0.05f, 200, Shirt);
            Limb(points, (side * 0.1f, 0.9f, 0f), (side * 0.11f, 0f, 0f), 0.07f, 250, Trousers);
        }

        return points;
    }

    /// <summary>Points spread evenly over an ellipsoid's surface (a Fibonacci spiral).</summary>
    private static void Ellipsoid(List<PlyPoint> points, (float X, float Y, float Z) centre, (float X, float Y, float Z) radii, int count, (byte R, byte G, byte B) colour)
    {
        var golden = Math.PI * (3 - Math.Sqrt(5));
        for (var i = 0; i < count; i++)
        {
            var y = 1 - (2.0 * (i + 0.5) / count);
            var ring = Math.Sqrt(1 - (y * y));
            var angle = golden * i;
            points.Add(new PlyPoint(
                centre.X + (radii.X * (float)(ring * Math.Cos(angle))),
                centre.Y + (radii.Y * (float)y),
                centre.Z + (radii.Z * (float)(ring * Math.Sin(angle))),
                colour.R, colour.G, colour.B));
        }
    }

    /// <summary>Points on a helix around the segment from <paramref name="from"/> to <paramref name="to"/> (a limb).</summary>
    private static void Limb(List<PlyPoint> points, (float X, float Y, float Z) from, (float X, float Y, float Z) to, float radius, int count, (byte R, byte G, byte B) colour)
    {
        for (var i = 0; i < count; i++)
        {
            var t = (i + 0.5f) / count;
            var angle = i * 0.9;
            points.Add(new PlyPoint(
                from.X + ((to.X - from.X) * t) + (radius * (float)Math.Cos(angle)),
                from.Y + ((to.Y - from.Y) * t),
                from.Z + ((to.Z - from.Z) * t) + (radius * (float)Math.Sin(angle)),
                colour.R, colour.G, colour.B));
        }
    }
}
