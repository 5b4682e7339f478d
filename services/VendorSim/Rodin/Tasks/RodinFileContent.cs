using GenerationGateway.VendorSim.SampleFiles;

namespace GenerationGateway.VendorSim.Rodin.Tasks;

/// <summary>The bytes and content type served for an output file.</summary>
public static class RodinFileContent
{
    private const string Generator = "GenerationGateway VendorSim (Rodin)";

    public static (byte[] Bytes, string ContentType) Render(RodinOutputKind kind) => kind switch
    {
        RodinOutputKind.GlbPbr => (GlbWriter.Write(SampleMesh.Cube, ModelMaterial.Pbr, Generator), "model/gltf-binary"),
        RodinOutputKind.GlbShaded => (GlbWriter.Write(SampleMesh.Cube, ModelMaterial.Shaded, Generator), "model/gltf-binary"),
        RodinOutputKind.GlbUntextured => (GlbWriter.Write(SampleMesh.Cube, material: null, Generator), "model/gltf-binary"),
        RodinOutputKind.Stl => (StlWriter.Write(SampleMesh.Cube, "rodin"), "model/stl"),
        RodinOutputKind.Obj => (ObjWriter.Write(SampleMesh.Cube, "rodin"), "model/obj"),
        RodinOutputKind.PreviewWebP => (PreviewImage.WebP.ToArray(), PreviewImage.ContentType),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown output kind."),
    };
}
