namespace GenerationGateway.VendorSim.SampleFiles;

/// <summary>A small indexed triangle mesh (a unit cube with per-face normals) the simulators serve as "generated" geometry.</summary>
public sealed class SampleMesh
{
    private SampleMesh(float[] positions, float[] normals, ushort[] indices)
    {
        Positions = positions;
        Normals = normals;
        Indices = indices;
    }

    /// <summary>The unit cube centred on the origin: 24 vertices, 12 triangles.</summary>
    public static SampleMesh Cube { get; } = BuildCube();

    /// <summary>x, y, z per vertex.</summary>
    public IReadOnlyList<float> Positions { get; }

    /// <summary>x, y, z per vertex, unit length.</summary>
    public IReadOnlyList<float> Normals { get; }

    /// <summary>Three vertex indices per triangle, counter-clockwise seen from outside.</summary>
    public IReadOnlyList<ushort> Indices { get; }

    public int VertexCount => Positions.Count / 3;

    public int TriangleCount => Indices.Count / 3;

    private static SampleMesh BuildCube()
    {
        // Each face: its normal and two in-plane axes (u, v) with u × v = normal, so corners wind counter-clockwise.
        (float[] N, float[] U, float[] V)[] faces =
        [
            ([1, 0, 0], [0, 1, 0], [0, 0, 1]),
            ([-1, 0, 0], [0, 0, 1], [0, 1, 0]),
            ([0, 1, 0], [0, 0, 1], [1, 0, 0]),
            ([0, -1, 0], [1, 0, 0], [0, 0, 1]),
            ([0, 0, 1], [1, 0, 0], [0, 1, 0]),
            ([0, 0, -1], [0, 1, 0], [1, 0, 0]),
        ];
        (float U, float V)[] corners = [(-1, -1), (1, -1), (1, 1), (-1, 1)];

        var positions = new List<float>();
        var normals = new List<float>();
        var indices = new List<ushort>();
        foreach (var (n, u, v) in faces)
        {
            var first = (ushort)(positions.Count / 3);
            foreach (var (cu, cv) in corners)
            {
                for (var axis = 0; axis < 3; axis++)
                {
                    positions.Add(0.5f * (n[axis] + (cu * u[axis]) + (cv * v[axis])));
                    normals.Add(n[axis]);
                }
            }

            indices.AddRange([first, (ushort)(first + 1), (ushort)(first + 2), first, (ushort)(first + 2), (ushort)(first + 3)]);
        }

        return new SampleMesh([.. positions], [.. normals], [.. indices]);
    }
}
