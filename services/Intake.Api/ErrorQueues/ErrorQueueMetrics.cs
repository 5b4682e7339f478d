using System.Diagnostics.Metrics;
using GenerationGateway.ServiceDefaults;

namespace GenerationGateway.Intake.Api.ErrorQueues;

/// <summary>
/// <c>gateway.error_queue.messages</c> (tag <c>queue</c>) on the gateway's meter: the depth of every fault queue, read by
/// passive declare when the meter is collected (on RabbitMQ only). A broker that cannot be reached reports nothing.
/// </summary>
public sealed class ErrorQueueMetrics
{
    public const string Messages = "gateway.error_queue.messages";

    public const string QueueTag = "queue";

    static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    readonly ErrorQueueBroker _broker;

    public ErrorQueueMetrics(IMeterFactory meterFactory, ErrorQueueBroker broker)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _broker = broker;
        var meter = meterFactory.Create(GatewayTelemetry.Name);
        meter.CreateObservableGauge(Messages, Observe, unit: "{message}", description: "Messages in each error (and skipped) queue of the gateway.");
    }

    IEnumerable<Measurement<long>> Observe()
    {
        if (!_broker.HasBroker)
        {
            return [];
        }

        try
        {
            using var timeout = new CancellationTokenSource(ReadTimeout);
            // The collector's callback is synchronous; the read is a handful of passive declares.
            var depths = _broker.ListAsync(timeout.Token).GetAwaiter().GetResult();
            return [.. depths.Select(depth => new Measurement<long>(depth.Messages, new KeyValuePair<string, object?>(QueueTag, depth.Queue)))];
        }
        catch (Exception exception) when (exception is RabbitMQ.Client.Exceptions.BrokerUnreachableException or OperationCanceledException
                                              or RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return [];
        }
    }
}
