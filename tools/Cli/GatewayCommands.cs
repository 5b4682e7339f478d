using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Commands;
using GenerationGateway.Cli.Rendering;
using Refit;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli;

/// <summary>The command tree of <c>gateway</c> and how errors become exit codes (<see cref="ExitCodes"/>).</summary>
public static class GatewayCommands
{
    public static void Configure(IConfigurator config, GatewayEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.SetApplicationName("gateway");
        config.UseStrictParsing();
        config.Settings.Registrar.RegisterInstance(environment);
        config.Settings.Registrar.RegisterInstance(new GatewayClientFactory(environment));
        config.SetExceptionHandler((exception, resolver) =>
            Handle(exception, resolver?.Resolve(typeof(IAnsiConsole)) as IAnsiConsole ?? config.Settings.Console ?? AnsiConsole.Console));

        config.AddCommand<SubmitCommand>("submit").WithDescription("Submit a generation; --wait follows it with a progress bar to the end.")
            .WithExample("submit", "--vendor", "rodin", "--kind", "text-to-3d", "--prompt", "\"a small wooden chair\"", "--wait");
        config.AddCommand<GetCommand>("get").WithDescription("Show a generation: status, failure, usage, assets.");
        config.AddCommand<ListCommand>("list").WithDescription("List the tenant's generations, newest first.");
        config.AddCommand<WatchCommand>("watch").WithDescription("Follow a generation's progress (Server-Sent Events) to its end.");
        config.AddCommand<CancelCommand>("cancel").WithDescription("Cancel a generation.");
        config.AddCommand<DownloadCommand>("download").WithDescription("Download a generation's assets, checking each checksum.");
        config.AddCommand<StylesCommand>("styles").WithDescription("A vendor's style catalogue (portrait: the options.style ids).");
        config.AddBranch("keys", keys =>
        {
            keys.SetDescription("API keys of tenants (an admin key).");
            keys.AddCommand<KeysListCommand>("list").WithDescription("List keys (never the keys themselves).");
            keys.AddCommand<KeysCreateCommand>("create").WithDescription("Create a tenant's key; shown this once.");
            keys.AddCommand<KeysRevokeCommand>("revoke").WithDescription("Revoke a key.");
        });
        config.AddBranch("quota", quota =>
        {
            quota.SetDescription("A tenant's quota: request rate, generations in flight, fair-share weight (an admin key).");
            quota.AddCommand<QuotaShowCommand>("show").WithDescription("Show a tenant's limits in force, its own values and what it has in flight.");
            quota.AddCommand<QuotaSetCommand>("set").WithDescription("Change some of a tenant's limits ('default' follows the configured default); the others keep their value.")
                .WithExample("quota", "set", "--tenant", "demo", "--max-in-flight", "20", "--fair-share-weight", "4");
        });
        config.AddBranch("webhooks", webhooks =>
        {
            webhooks.SetDescription("The tenant's webhook endpoints.");
            webhooks.AddCommand<WebhooksListCommand>("list").WithDescription("List endpoints (never their secrets).");
            webhooks.AddCommand<WebhooksCreateCommand>("create").WithDescription("Register an endpoint; its signing secret is shown this once.");
            webhooks.AddCommand<WebhooksRotateCommand>("rotate-secret").WithDescription("Give an endpoint a new signing secret (the old one signs for 24 h more).");
            webhooks.AddCommand<WebhooksDeleteCommand>("delete").WithDescription("Delete an endpoint.");
        });
    }

    /// <summary>Prints what went wrong and answers the exit code that says what kind of wrong it was.</summary>
    public static int Handle(Exception exception, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(console);
        switch (exception)
        {
            case CommandAppException { Pretty: { } pretty }:
                console.Write(pretty);
                return ExitCodes.Usage;
            case CommandAppException or UsageException:
                console.MarkupLineInterpolated($"[red]Error:[/] {exception.Message}");
                console.MarkupLine("[grey]See gateway --help.[/]");
                return ExitCodes.Usage;
            case ApiException api:
                ProblemView.Write(console, api, json: false);
                return (int)api.StatusCode is >= 400 and < 500 ? ExitCodes.Rejected : ExitCodes.Error;
            case ApiRequestException { InnerException: OperationCanceledException }:
                return ExitCodes.Interrupted;
            case ApiRequestException or HttpRequestException:
                console.MarkupLineInterpolated($"[red]Error:[/] the gateway could not be reached: {exception.InnerException?.Message ?? exception.Message}");
                return ExitCodes.Error;
            case OperationCanceledException:
                return ExitCodes.Interrupted;
            default:
                console.MarkupLineInterpolated($"[red]Error:[/] {exception.Message}");
                return ExitCodes.Error;
        }
    }
}
