using GenerationGateway.Cli.Api;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway webhooks delete &lt;id&gt;</c>.</summary>
public sealed class WebhooksDeleteCommand(IAnsiConsole console, GatewayClientFactory clients) : RemoveByIdCommand(console, clients)
{
    protected override string Noun => "Webhook endpoint";

    protected override string Outcome => "deleted";

    protected override Task RemoveAsync(IGatewayApi api, Guid id, CancellationToken cancellationToken) =>
        api.DeleteWebhookAsync(id, cancellationToken);
}
