using System.IO.Compression;
using GenerationGateway.VendorSim.SampleFiles;
using GenerationGateway.VendorSim.SeaArt.Tasks;

namespace GenerationGateway.VendorSim.SeaArt.Files;

/// <summary>
/// The bytes served for a task's files: <c>model.glb</c> a valid binary glTF (untextured for Geometry),
/// <c>model.zip</c> the OBJ result as the gateway serves it, a zip holding <c>model.obj</c> and <c>preview.png</c>,
/// and <c>preview.png</c> a real PNG.
/// </summary>
public static class SeaArtFileContent
{
    public const string ObjEntry = "model.obj";
    public const string PreviewEntry = "preview.png";

    private const string Generator = "GenerationGateway VendorSim (SeaArt Hunyuan 3D Pro)";

    public static (byte[] Bytes, string ContentType)? Render(SeaArtTask task, string name)
    {
        ArgumentNullException.ThrowIfNull(task);
        return name switch
        {
            SeaArtTask.ModelGlb => (GlbWriter.Write(SampleMesh.Cube, task.GenerateType == "Geometry" ? null : ModelMaterial.Pbr, Generator), "model/gltf-binary"),
            SeaArtTask.ModelZip => (ObjZip(), "application/zip"),
            SeaArtTask.PreviewPng => (SeaArtPreviewPng.Png.ToArray(), SeaArtPreviewPng.ContentType),
            _ => null,
        };
    }

    private static byte[] ObjZip()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, ObjEntry, ObjWriter.Write(SampleMesh.Cube, "hunyuan"));
            Add(archive, PreviewEntry, SeaArtPreviewPng.Png.ToArray());
        }

        return zip.ToArray();
    }

    private static void Add(ZipArchive archive, string name, byte[] bytes)
    {
        using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(bytes);
    }
}
