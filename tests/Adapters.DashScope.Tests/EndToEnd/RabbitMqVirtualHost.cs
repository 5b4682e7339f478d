using System.Diagnostics;

namespace GenerationGateway.Adapters.DashScope.Tests.EndToEnd;

/// <summary>A RabbitMQ virtual host of its own per test, so queues never meet other tests' messages.</summary>
public sealed class RabbitMqVirtualHost : IAsyncDisposable
{
    RabbitMqVirtualHost(string name) => Name = name;

    public static Uri BrokerUri => new(Environment.GetEnvironmentVariable("GATEWAY_TEST_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/");

    public string Name { get; }

    public static async Task<RabbitMqVirtualHost> CreateAsync()
    {
        var name = "dashscope-" + Guid.NewGuid().ToString("N")[..12];
        await RabbitMqCtlAsync("add_vhost", name);
        await RabbitMqCtlAsync("set_permissions", "-p", name, BrokerUri.UserInfo.Split(':')[0], ".*", ".*", ".*");
        return new RabbitMqVirtualHost(name);
    }

    public async ValueTask DisposeAsync() => await RabbitMqCtlAsync("delete_vhost", Name);

    /// <summary>The <c>Messaging:*</c> settings of a service on this virtual host.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Messaging:Transport"] = "RabbitMq",
        ["Messaging:RabbitMqHost"] = BrokerUri.Host,
        ["Messaging:RabbitMqPort"] = BrokerUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Messaging:RabbitMqVirtualHost"] = Name,
        ["Messaging:RabbitMqUsername"] = BrokerUri.UserInfo.Split(':')[0],
        ["Messaging:RabbitMqPassword"] = BrokerUri.UserInfo.Split(':')[1],
    };

    static async Task RabbitMqCtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{await output}");
        }
    }
}
