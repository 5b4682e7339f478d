using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Refit;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli.Commands;

/// <summary>
/// A command that talks to the gateway: it gets a client for <c>--url</c>/<c>--api-key</c> (or the environment), and an
/// error answer is printed as problem details (JSON with <c>--output json</c>) with exit code
/// <see cref="ExitCodes.Rejected"/> for 4xx, <see cref="ExitCodes.Error"/> otherwise.
/// </summary>
public abstract class GatewayCommand<TSettings>(IAnsiConsole console, GatewayClientFactory clients) : AsyncCommand<TSettings>
    where TSettings : GatewaySettings
{
    protected IAnsiConsole Console => console;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var client = clients.Create(settings);
        try
        {
            return await RunAsync(client, settings, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException exception)
        {
            ProblemView.Write(console, exception, settings.Json);
            return (int)exception.StatusCode is >= 400 and < 500 ? ExitCodes.Rejected : ExitCodes.Error;
        }
    }

    protected abstract Task<int> RunAsync(GatewayClient client, TSettings settings, CancellationToken cancellationToken);
}
