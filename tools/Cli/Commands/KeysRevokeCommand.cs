using GenerationGateway.Cli.Api;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway keys revoke &lt;id&gt;</c> (an admin key): refused everywhere within seconds.</summary>
public sealed class KeysRevokeCommand(IAnsiConsole console, GatewayClientFactory clients) : RemoveByIdCommand(console, clients)
{
    protected override string Noun => "Key";

    protected override string Outcome => "revoked";

    protected override Task RemoveAsync(IGatewayApi api, Guid id, CancellationToken cancellationToken) =>
        api.RevokeKeyAsync(id, cancellationToken);
}
