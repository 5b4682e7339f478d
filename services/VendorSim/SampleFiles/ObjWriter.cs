using System.Globalization;
using System.Text;

namespace GenerationGateway.VendorSim.SampleFiles;

/// <summary>Writes a mesh as Wavefront OBJ text (positions, normals, 1-based triangle faces).</summary>
public static class ObjWriter
{
    public static byte[] Write(SampleMesh mesh, string objectName)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        var text = new StringBuilder();
        text.Append("# GenerationGateway VendorSim\n");
        text.Append("o ").Append(objectName).Append('\n');
        for (var v = 0; v < mesh.VertexCount; v++)
        {
            text.Append("v ").Append(Vector(mesh.Positions, v)).Append('\n');
        }

        for (var v = 0; v < mesh.VertexCount; v++)
        {
            text.Append("vn ").Append(Vector(mesh.Normals, v)).Append('\n');
        }

        for (var t = 0; t < mesh.TriangleCount; t++)
        {
            text.Append('f');
            for (var corner = 0; corner < 3; corner++)
            {
                var index = mesh.Indices[(t * 3) + corner] + 1;
                text.Append(CultureInfo.InvariantCulture, $" {index}//{index}");
            }

            text.Append('\n');
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private static string Vector(IReadOnlyList<float> values, int vertex) => string.Create(
        CultureInfo.InvariantCulture, $"{values[vertex * 3]:0.######} {values[(vertex * 3) + 1]:0.######} {values[(vertex * 3) + 2]:0.######}");
}
