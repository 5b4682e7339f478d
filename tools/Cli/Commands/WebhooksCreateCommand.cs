using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway webhooks create --endpoint URL [--event E …]</c>: registers an endpoint; its secret is shown this once.</summary>
public sealed class WebhooksCreateCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<WebhooksCreateSettings>(console, clients)
{
    static readonly string[] AllEvents =
        ["generation.accepted", "generation.progressed", "generation.completed", "generation.failed", "generation.cancelled"];

    protected override async Task<int> RunAsync(GatewayClient client, WebhooksCreateSettings settings, CancellationToken cancellationToken)
    {
        var events = settings.Events.Length > 0 ? settings.Events : AllEvents;
        var answer = await client.Api.CreateWebhookAsync(new CreateWebhookRequest(settings.EndpointUrl!, events), cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(Console, answer);
        }
        else
        {
            WebhookView.WriteSecret(Console, answer);
        }

        return ExitCodes.Completed;
    }
}
