using System.Diagnostics;

namespace GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

/// <summary>A RabbitMQ virtual host of its own for one test class (the real broker, <c>GATEWAY_TEST_RABBITMQ</c>), deleted afterwards.</summary>
public sealed class RabbitMqVirtualHost : IAsyncLifetime
{
    public static Uri BrokerUri =>
        new(Environment.GetEnvironmentVariable("GATEWAY_TEST_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/");

    public string Name { get; } = "portrait-" + Guid.NewGuid().ToString("N")[..12];

    public static string Username => BrokerUri.UserInfo.Split(':')[0];

    public static string Password => BrokerUri.UserInfo.Split(':')[1];

    /// <summary>The adapter's <c>Messaging</c> settings for this virtual host.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Messaging:Transport"] = "RabbitMq",
        ["Messaging:RabbitMqHost"] = BrokerUri.Host,
        ["Messaging:RabbitMqPort"] = BrokerUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Messaging:RabbitMqVirtualHost"] = Name,
        ["Messaging:RabbitMqUsername"] = Username,
        ["Messaging:RabbitMqPassword"] = Password,
    };

    public async Task InitializeAsync()
    {
        await RabbitMqCtlAsync("add_vhost", Name);
        await RabbitMqCtlAsync("set_permissions", "-p", Name, Username, ".*", ".*", ".*");
    }

    public Task DisposeAsync() => RabbitMqCtlAsync("delete_vhost", Name);

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
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
