using System.Globalization;
using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway keys list [--tenant T]</c> (an admin key): keys without the keys themselves.</summary>
public sealed class KeysListCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<KeysListSettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, KeysListSettings settings, CancellationToken cancellationToken)
    {
        var keys = await client.Api.ListKeysAsync(settings.Tenant, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(Console, keys);
            return ExitCodes.Completed;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("id", "tenant", "name", "scopes", "created", "state");
        foreach (var key in keys)
        {
            table.AddRow(
                new Text(key.Id.ToString()),
                new Text(key.TenantId),
                new Text(key.Name),
                new Text(string.Join(", ", key.Scopes)),
                new Text(key.CreatedAt.ToString("u", CultureInfo.InvariantCulture)),
                key.RevokedAt is null ? new Text("active", new Style(Color.Green)) : new Text("revoked", new Style(Color.Red)));
        }

        Console.Write(table);
        return ExitCodes.Completed;
    }
}
