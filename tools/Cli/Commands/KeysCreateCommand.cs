using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway keys create --tenant T</c> (an admin key): a tenant's key, shown this once.</summary>
public sealed class KeysCreateCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<KeysCreateSettings>(console, clients)
{
    static readonly string[] DefaultScopes = ["generations:write", "generations:read"];

    protected override async Task<int> RunAsync(GatewayClient client, KeysCreateSettings settings, CancellationToken cancellationToken)
    {
        var scopes = settings.Scopes.Length > 0 ? settings.Scopes : DefaultScopes;
        var created = await client.Api.CreateKeyAsync(new CreateApiKeyRequest(settings.Tenant!, settings.Name, scopes), cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(Console, created);
            return ExitCodes.Completed;
        }

        Console.MarkupLineInterpolated($"Key [bold]{created.Id}[/] of tenant [bold]{created.TenantId}[/] ({string.Join(", ", created.Scopes)}), shown this once:");
        Console.Profile.Out.Writer.WriteLine(created.Key);
        Console.MarkupLineInterpolated($"[grey]export {GatewayEnvironment.ApiKeyVariable}={created.Key}[/]");
        return ExitCodes.Completed;
    }
}
