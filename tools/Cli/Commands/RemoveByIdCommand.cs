using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary>
/// A command that removes one thing named by its id (<c>keys revoke</c>, <c>webhooks delete</c>): one call, then a line
/// saying so, or <c>{"id": …, "&lt;Outcome&gt;": true}</c> with <c>--output json</c>.
/// </summary>
public abstract class RemoveByIdCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<IdSettings>(console, clients)
{
    /// <summary>What the line calls the thing, e.g. <c>Key</c>.</summary>
    protected abstract string Noun { get; }

    /// <summary>The past participle the line and the JSON use, e.g. <c>revoked</c>.</summary>
    protected abstract string Outcome { get; }

    protected abstract Task RemoveAsync(IGatewayApi api, Guid id, CancellationToken cancellationToken);

    protected sealed override async Task<int> RunAsync(GatewayClient client, IdSettings settings, CancellationToken cancellationToken)
    {
        await RemoveAsync(client.Api, settings.Id, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(Console, new Dictionary<string, object> { ["id"] = settings.Id, [Outcome] = true });
        }
        else
        {
            Console.MarkupLineInterpolated($"{Noun} [bold]{settings.Id}[/] {Outcome}.");
        }

        return ExitCodes.Completed;
    }
}
