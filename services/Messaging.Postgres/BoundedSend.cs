namespace GenerationGateway.Messaging.Postgres;

/// <summary>
/// A send to the broker that gives up after a bound. With publisher confirmations on, RabbitMQ.Client 7 waits for the
/// broker's confirmation without end, and a send on a connection to a node that froze can hang even past the connection's
/// recovery (rabbitmq/rabbitmq-dotnet-client#1930, still open on 7.2.2). A background sender (the outbox relay, the
/// scheduler, a status poller) that awaited such a send would stop for good, so every send made outside a consumer goes
/// through here and fails with a <see cref="TimeoutException"/> instead; the caller then retries as after any failed send.
/// </summary>
public static class BoundedSend
{
    /// <summary>The bound of the outbox relay's and the scheduler's sends, the same as a consumed message's outbox delivery.</summary>
    public static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs <paramref name="send"/> with a token that is cancelled after <paramref name="timeout"/>, and stops waiting then even if the transport ignores the token.</summary>
    public static async Task SendAsync(Func<CancellationToken, Task> send, TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(clock);
        using var bound = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(bound.Token, cancellationToken);
        try
        {
            await send(linked.Token).WaitAsync(linked.Token);
        }
        catch (OperationCanceledException exception) when (bound.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The broker did not confirm the send within {timeout}.", exception);
        }
    }
}
