using System.Text;

namespace GenerationGateway.VendorSim.Aholo.Files;

/// <summary>
/// The SPZ and SOG results: honest placeholders, not real SPZ (Niantic's compressed splat) or SOG (PlayCanvas'
/// super-compressed splat) files. Each is one line of text saying what it stands for.
/// </summary>
public static class PlaceholderFile
{
    public const string ContentType = "application/octet-stream";

    public static byte[] For(string format, string projectId) =>
        Encoding.ASCII.GetBytes($"Aholo simulator placeholder: stands for the {format} file of project {projectId}; not a real {format} file.\n");
}
