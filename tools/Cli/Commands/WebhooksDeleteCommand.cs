using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway webhooks delete &lt;id&gt;</c>.</summary>
public sealed class WebhooksDeleteCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<IdSettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, IdSettings settings, CancellationToken cancellationToken)
    {
        await client.Api.DeleteWebhookAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(Console, new { id = settings.Id, deleted = true });
        }
        else
        {
            Console.MarkupLineInterpolated($"Webhook endpoint [bold]{settings.Id}[/] deleted.");
        }

        return ExitCodes.Completed;
    }
}
