using System.Diagnostics;

namespace GenerationGateway.TestSupport.Infrastructure;

/// <summary>Runs <c>rabbitmqctl</c> against the test broker; a failing command fails the test with its output.</summary>
public static class RabbitMqCtl
{
    /// <summary>Runs <c>rabbitmqctl</c> with <paramref name="arguments"/> and answers its standard output.</summary>
    public static async Task<string> RunAsync(params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("rabbitmqctl", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var (output, error) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }

    /// <summary>Stops and starts the broker application (connections drop, durable queues survive).</summary>
    public static async Task RestartBrokerAsync()
    {
        await RunAsync("stop_app");
        await RunAsync("start_app");
        await RunAsync("await_startup");
    }
}
