using GenerationGateway.TestSupport.Infrastructure;
using RabbitMQ.Client;

namespace GenerationGateway.Messaging.Postgres.Tests.Infrastructure;

/// <summary>Deletes the queues and exchanges a test created, so repeated runs leave the broker clean.</summary>
internal static class RabbitMqCleanup
{
    public static async Task DeleteAsync(IEnumerable<string> names)
    {
        var factory = new ConnectionFactory { Uri = TestEnvironment.RabbitMqUri };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var name in names)
        {
            foreach (var entity in new[] { name, $"{name}_error", $"{name}_skipped" })
            {
                await channel.QueueDeleteAsync(entity, ifUnused: false, ifEmpty: false);
                await channel.ExchangeDeleteAsync(entity, ifUnused: false);
            }
        }
    }
}
