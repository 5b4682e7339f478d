using System.Globalization;
using System.Reflection;

namespace GenerationGateway.Messaging.Postgres.Migrations;

/// <summary>A component's migrations kept as numbered SQL files embedded in its assembly (<c>&lt;prefix&gt;NNNN_name.sql</c>).</summary>
public static class EmbeddedMigrations
{
    /// <summary>
    /// The embedded scripts whose logical names start with <paramref name="prefix"/>, in version order, each preceded by
    /// <paramref name="preamble"/> (for example <c>CREATE SCHEMA IF NOT EXISTS x;</c>).
    /// </summary>
    public static IReadOnlyList<PostgresMigration> Read(Assembly assembly, string prefix, string preamble = "")
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => (Resource: name, File: name[prefix.Length..]))
            .Select(x => (x.Resource, x.File, Version: int.Parse(x.File[..x.File.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture)))
            .OrderBy(x => x.Version)
            .Select(x => new PostgresMigration(x.Version, x.File, preamble + ReadText(assembly, x.Resource)))];
    }

    static string ReadText(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration script {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
