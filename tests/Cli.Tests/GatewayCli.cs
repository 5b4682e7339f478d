using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;

namespace GenerationGateway.Cli.Tests;

/// <summary>
/// Runs <c>gateway</c> command lines in-process as Program does (the same command tree, exception handler and exit
/// codes) on a <see cref="TestConsole"/>, with <c>GATEWAY_URL</c> and <c>GATEWAY_API_KEY</c> from <paramref name="environment"/>.
/// </summary>
public sealed class GatewayCli(IReadOnlyDictionary<string, string?> environment, bool interactive = false)
{
    public static GatewayCli For(Uri gateway, string? apiKey) => new(new Dictionary<string, string?>
    {
        [GatewayEnvironment.UrlVariable] = gateway.AbsoluteUri,
        [GatewayEnvironment.ApiKeyVariable] = apiKey,
    });

    /// <summary>The same CLI on an interactive terminal that understands ANSI: progress bars are drawn live.</summary>
    public GatewayCli OnTerminal() => new(environment, interactive: true);

    public async Task<CliRun> RunAsync(params string[] args)
    {
        using var console = new TestConsole();
        return await RunOnAsync(console, args);
    }

    /// <summary>Runs on <paramref name="console"/>, whose output a test may read while the command runs.</summary>
    public Task<CliRun> RunOnAsync(TestConsole console, params string[] args) => RunOnAsync(console, CancellationToken.None, args);

    /// <summary>Runs on <paramref name="console"/> until done or <paramref name="interrupt"/> (Ctrl+C).</summary>
    public async Task<CliRun> RunOnAsync(TestConsole console, CancellationToken interrupt, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Width(160);
        if (interactive)
        {
            console.Interactive().EmitAnsiSequences();
        }

        var tester = new CommandAppTester(null, new CommandAppTesterSettings(), console);
        tester.Configure(config => GatewayCommands.Configure(config, new GatewayEnvironment(environment.GetValueOrDefault)));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        var result = await tester.RunAsync(args, timeout.Token);
        return new CliRun(result.ExitCode, console.Output);
    }
}
