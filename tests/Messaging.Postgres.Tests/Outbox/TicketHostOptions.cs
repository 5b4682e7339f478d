using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>How one ticket host (a replica of a service) runs.</summary>
public sealed record TicketHostOptions
{
    /// <summary>Whether the saga endpoint retries (before the outbox).</summary>
    public bool Retry { get; init; } = true;

    /// <summary>Whether this host consumes the review commands and the saga's events.</summary>
    public bool Consumers { get; init; } = true;

    public bool RelayEnabled { get; init; } = true;

    /// <summary>The consuming process's relay delay, stamped on the messages it commits.</summary>
    public TimeSpan RelayDelay { get; init; } = TimeSpan.FromHours(1);

    public int RelayBatchSize { get; init; } = 50;

    public Action<ConsumeContext>? AfterCommit { get; init; }
}
