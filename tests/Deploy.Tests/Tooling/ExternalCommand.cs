using System.ComponentModel;
using System.Diagnostics;

namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>Runs the real deployment tools. A tool that is not installed fails the test that needs it.</summary>
public static class ExternalCommand
{
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs <paramref name="tool"/> in the repository root. <paramref name="environment"/> adds variables, or
    /// removes those whose value is null, so a test decides exactly what the tool sees.
    /// </summary>
    public static async Task<CommandResult> RunAsync(
        string tool,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = RepositoryLayout.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var command = $"{tool} {string.Join(' ', start.ArgumentList)}";
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"`{command}` could not start: {exception.Message}. The deployment tests need docker-compose " +
                "(bash tests/provision.sh installs it) and kubectl with kustomize v5.", exception);
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{command}` did not finish within {Timeout}.");
        }

        return new CommandResult(command, process.ExitCode, await output, await error);
    }
}
