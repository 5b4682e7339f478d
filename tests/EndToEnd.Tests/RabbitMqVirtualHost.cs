using System.Diagnostics;
using System.Text.Json;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>A RabbitMQ virtual host of its own per test run, so queues never leak between runs.</summary>
public sealed class RabbitMqVirtualHost : IAsyncDisposable
{
    RabbitMqVirtualHost(string name) => Name = name;

    public string Name { get; }

    public static async Task<RabbitMqVirtualHost> CreateAsync()
    {
        var name = "e2e-" + Guid.NewGuid().ToString("N")[..12];
        await RabbitMqCtlAsync("add_vhost", name);
        await RabbitMqCtlAsync("set_permissions", "-p", name, TestEnvironment.RabbitMqUri.UserInfo.Split(':')[0], ".*", ".*", ".*");
        return new RabbitMqVirtualHost(name);
    }

    public async ValueTask DisposeAsync() => await RabbitMqCtlAsync("delete_vhost", Name);

    /// <summary>Every binding of the virtual host: exchange to exchange and exchange to queue.</summary>
    public async Task<IReadOnlyList<RabbitMqBinding>> BindingsAsync() =>
        JsonSerializer.Deserialize<List<RabbitMqBinding>>(
            await RabbitMqCtlAsync("list_bindings", "-p", Name, "-q", "--formatter", "json", "source_name", "destination_name", "routing_key"))!;

    /// <summary>Stops and starts the broker application (connections drop, durable queues survive).</summary>
    public static async Task RestartBrokerAsync()
    {
        await RabbitMqCtlAsync("stop_app");
        await RabbitMqCtlAsync("start_app");
        await RabbitMqCtlAsync("await_startup");
    }

    public static async Task<string> RabbitMqCtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output}");
        }

        return output;
    }
}
