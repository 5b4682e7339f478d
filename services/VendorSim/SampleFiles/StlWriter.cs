using System.Globalization;
using System.Text;

namespace GenerationGateway.VendorSim.SampleFiles;

/// <summary>Writes a mesh as ASCII STL (one facet per triangle, with its normal).</summary>
public static class StlWriter
{
    public static byte[] Write(SampleMesh mesh, string solidName)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        var text = new StringBuilder();
        text.Append("solid ").Append(solidName).Append('\n');
        for (var t = 0; t < mesh.TriangleCount; t++)
        {
            var first = mesh.Indices[t * 3];
            text.Append(" facet normal ").Append(Vector(mesh.Normals, first)).Append('\n');
            text.Append("  outer loop\n");
            for (var corner = 0; corner < 3; corner++)
            {
                text.Append("   vertex ").Append(Vector(mesh.Positions, mesh.Indices[(t * 3) + corner])).Append('\n');
            }

            text.Append("  endloop\n endfacet\n");
        }

        text.Append("endsolid ").Append(solidName).Append('\n');
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private static string Vector(IReadOnlyList<float> values, int vertex) => string.Create(
        CultureInfo.InvariantCulture, $"{values[vertex * 3]:e6} {values[(vertex * 3) + 1]:e6} {values[(vertex * 3) + 2]:e6}");
}
