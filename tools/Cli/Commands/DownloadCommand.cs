using System.Security.Cryptography;
using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary>
/// <c>gateway download &lt;id&gt; [--out DIR]</c>: every asset through its signed URL into DIR, its size and <c>sha256:</c>
/// checksum checked against the manifest (a mismatch deletes the file and exits <see cref="ExitCodes.Error"/>).
/// </summary>
public sealed class DownloadCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<DownloadSettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, DownloadSettings settings, CancellationToken cancellationToken)
    {
        var generation = await client.Api.GetAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        if (generation.Assets.Count == 0)
        {
            throw new UsageException($"Generation {generation.Id} has no assets (it is {generation.Status}).");
        }

        var folder = Path.GetFullPath(settings.Out ?? generation.Id.ToString());
        Directory.CreateDirectory(folder);
        var saved = new List<SavedAsset>();
        foreach (var asset in generation.Assets)
        {
            saved.Add(await SaveAsync(client, asset, folder, cancellationToken).ConfigureAwait(false));
        }

        if (settings.Json)
        {
            JsonOutput.Write(Console, new { generationId = generation.Id, folder, assets = saved });
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumns("file", "role", "size", "checksum");
            foreach (var file in saved)
            {
                table.AddRow(new Text(file.Path), new Text(file.Role), new Text(GenerationView.Size(file.SizeBytes)).RightJustified(), new Text("✓ " + file.Checksum[..15] + "…", new Style(Color.Green)));
            }

            Console.Write(table);
        }

        return ExitCodes.Completed;
    }

    static async Task<SavedAsset> SaveAsync(GatewayClient client, GenerationAsset asset, string folder, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(asset.Name);
        if (string.IsNullOrWhiteSpace(name) || name is "." or "..")
        {
            throw new InvalidOperationException($"The asset name '{asset.Name}' is not a file name.");
        }

        var path = Path.Combine(folder, name);
        using var response = await client.DownloadAsync(asset.Url, cancellationToken).ConfigureAwait(false);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var file = File.Create(path);
        await using (file.ConfigureAwait(false))
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    size += read;
                }
            }
        }

        var checksum = "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
        if (size != asset.SizeBytes || !string.Equals(checksum, asset.Checksum, StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(path);
            throw new InvalidOperationException(
                $"{asset.Name}: downloaded {size} bytes with {checksum}, the manifest says {asset.SizeBytes} bytes with {asset.Checksum}; the file was deleted.");
        }

        return new SavedAsset(path, asset.Role, size, checksum);
    }
}
