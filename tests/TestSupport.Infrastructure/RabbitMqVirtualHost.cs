using System.Globalization;
using System.Text.Json;

namespace GenerationGateway.TestSupport.Infrastructure;

/// <summary>
/// A RabbitMQ virtual host of its own on the test broker (<see cref="TestEnvironment.RabbitMqUri"/>), so queues never
/// meet other runs' messages; deleted on dispose.
/// </summary>
public sealed class RabbitMqVirtualHost : IAsyncDisposable
{
    RabbitMqVirtualHost(string name) => Name = name;

    public string Name { get; }

    /// <summary>Adds <c>{prefix}-{12 hex digits}</c> and gives the test user every permission on it.</summary>
    public static async Task<RabbitMqVirtualHost> CreateAsync(string prefix)
    {
        var name = UniqueName.For(prefix);
        await RabbitMqCtl.RunAsync("add_vhost", name);
        await RabbitMqCtl.RunAsync("set_permissions", "-p", name, TestEnvironment.RabbitMqUsername, ".*", ".*", ".*");
        return new RabbitMqVirtualHost(name);
    }

    /// <summary>The <c>Messaging:*</c> settings of a service on this virtual host.</summary>
    public Dictionary<string, string?> Settings()
    {
        var broker = TestEnvironment.RabbitMqUri;
        return new()
        {
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMqHost"] = broker.Host,
            ["Messaging:RabbitMqPort"] = broker.Port.ToString(CultureInfo.InvariantCulture),
            ["Messaging:RabbitMqVirtualHost"] = Name,
            ["Messaging:RabbitMqUsername"] = TestEnvironment.RabbitMqUsername,
            ["Messaging:RabbitMqPassword"] = TestEnvironment.RabbitMqPassword,
        };
    }

    /// <summary>Every binding of the virtual host: exchange to exchange and exchange to queue.</summary>
    public async Task<IReadOnlyList<RabbitMqBinding>> BindingsAsync() =>
        JsonSerializer.Deserialize<List<RabbitMqBinding>>(
            await RabbitMqCtl.RunAsync("list_bindings", "-p", Name, "-q", "--formatter", "json", "source_name", "destination_name", "routing_key"))!;

    /// <summary>How many messages a queue holds (ready and unacknowledged); null while the queue does not exist.</summary>
    public async Task<long?> QueueMessagesAsync(string queue)
    {
        using var queues = JsonDocument.Parse(await RabbitMqCtl.RunAsync("list_queues", "-p", Name, "-q", "--formatter", "json", "name", "messages"));
        return queues.RootElement.EnumerateArray()
            .Where(q => q.GetProperty("name").GetString() == queue)
            .Select(q => (long?)q.GetProperty("messages").GetInt64())
            .FirstOrDefault();
    }

    public async ValueTask DisposeAsync() => await RabbitMqCtl.RunAsync("delete_vhost", Name);
}
