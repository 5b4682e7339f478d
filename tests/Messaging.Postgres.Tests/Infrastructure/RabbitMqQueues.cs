using GenerationGateway.TestSupport.Infrastructure;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace GenerationGateway.Messaging.Postgres.Tests.Infrastructure;

/// <summary>Looks at queues on the real broker.</summary>
internal static class RabbitMqQueues
{
    /// <summary>Messages ready in a queue (0 when the queue does not exist).</summary>
    public static async Task<uint> MessageCountAsync(string queue)
    {
        var factory = new ConnectionFactory { Uri = TestEnvironment.RabbitMqUri };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return 0;
        }
    }
}
