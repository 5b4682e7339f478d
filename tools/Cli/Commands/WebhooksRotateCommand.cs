using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway webhooks rotate-secret &lt;id&gt;</c>: a new signing secret, shown this once; the old one signs for 24 h more.</summary>
public sealed class WebhooksRotateCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<IdSettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, IdSettings settings, CancellationToken cancellationToken)
    {
        var answer = await client.Api.RotateWebhookSecretAsync(settings.Id, cancellationToken).ConfigureAwait(false);
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
