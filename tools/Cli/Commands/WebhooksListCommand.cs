using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway webhooks list</c>: the tenant's endpoints, without secrets.</summary>
public sealed class WebhooksListCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<GatewaySettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, GatewaySettings settings, CancellationToken cancellationToken)
    {
        var list = await client.Api.ListWebhooksAsync(cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(Console, list);
        }
        else
        {
            Console.Write(WebhookView.Endpoints(list.Items));
        }

        return ExitCodes.Completed;
    }
}
