using System.Diagnostics;

namespace GenerationGateway.TestSupport.Infrastructure;

/// <summary>
/// Runs <c>rabbitmqctl</c> against the test broker: inside its container, or on this machine when the broker is an
/// external service (<see cref="TestEnvironment.ExternalRabbitMq"/>). A failing command fails the test with its output.
/// </summary>
public static class RabbitMqCtl
{
    /// <summary>Runs <c>rabbitmqctl</c> with <paramref name="arguments"/> and answers its standard output.</summary>
    public static async Task<string> RunAsync(params string[] arguments)
    {
        if (!TestEnvironment.ExternalRabbitMq)
        {
            return await TestBroker.Shared.RabbitMqCtlAsync(arguments);
        }

        using var process = Process.Start(new ProcessStartInfo("rabbitmqctl", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var (output, error) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }

    /// <summary>
    /// Restarts the broker: its container (stop, start), or on an external broker the RabbitMQ application
    /// (connections drop, durable queues survive either way).
    /// </summary>
    public static async Task RestartBrokerAsync()
    {
        if (!TestEnvironment.ExternalRabbitMq)
        {
            await TestBroker.Shared.RestartAsync();
            return;
        }

        await RunAsync("stop_app");
        await RunAsync("start_app");
        await RunAsync("await_startup");
    }
}
