using System.Diagnostics;
using GenerationGateway.TestSupport.Infrastructure;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace GenerationGateway.Benchmarks;

/// <summary>
/// The broker's own price list: persistent messages published to one durable queue with publisher confirms awaited
/// in batches, and consumed with acknowledgements, on the same broker and in the same run as the workflow. A
/// generation's cost is then expressed as this many raw publish+consume pairs.
/// </summary>
public static class RawBrokerBenchmark
{
    public const int ConfirmBatch = 100;

    const string Queue = "bench-raw";

    public static async Task<RawBrokerFigures> RunAsync(BenchmarkSettings settings)
    {
        await using var virtualHost = await RabbitMqVirtualHost.CreateAsync("bench-raw");
        var factory = new ConnectionFactory { Uri = TestEnvironment.RabbitMqUri, VirtualHost = virtualHost.Name };
        await using var connection = await factory.CreateConnectionAsync();
        await using var publisher = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await using var consumerChannel = await connection.CreateChannelAsync();
        await publisher.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);
        await consumerChannel.BasicQosAsync(0, 200, global: false);

        // A body the size of a small MassTransit envelope.
        var body = new byte[512];
        var properties = new BasicProperties { Persistent = true, ContentType = "application/vnd.masstransit+json" };
        var consumed = 0;
        var allConsumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(consumerChannel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await consumerChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref consumed) == settings.RawMessages)
            {
                allConsumed.TrySetResult();
            }
        };
        await consumerChannel.BasicConsumeAsync(Queue, autoAck: false, consumer);

        var clock = Stopwatch.StartNew();
        var confirms = new List<Task>(ConfirmBatch);
        for (var index = 0; index < settings.RawMessages; index++)
        {
            confirms.Add(publisher.BasicPublishAsync("", Queue, mandatory: false, properties, body).AsTask());
            if (confirms.Count == ConfirmBatch)
            {
                await Task.WhenAll(confirms);
                confirms.Clear();
            }
        }

        await Task.WhenAll(confirms);
        await allConsumed.Task.WaitAsync(TimeSpan.FromMinutes(5));
        clock.Stop();
        return new RawBrokerFigures(settings.RawMessages, clock.Elapsed);
    }
}
