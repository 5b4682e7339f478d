using System.Text;

namespace GenerationGateway.Adapters.Workflow.Assets;

/// <summary>Turns vendor file names into safe, unique asset-store names.</summary>
public static class AssetFileNames
{
    public static string Safe(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var builder = new StringBuilder(file.Length);
        foreach (var c in file)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var safe = builder.ToString().Trim('.');
        return safe.Length == 0 ? "asset" : safe;
    }

    public static string Unique(string name, ISet<string> taken)
    {
        var candidate = name;
        for (var index = 2; !taken.Add(candidate); index++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)}-{index}{Path.GetExtension(name)}";
        }

        return candidate;
    }
}
