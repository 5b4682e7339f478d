namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>The queues of one test: the state machine sends its review command to <see cref="Review"/>.</summary>
public sealed record TicketQueues(string Saga, string Review, string Events)
{
    public Uri SagaAddress => new($"queue:{Saga}");

    public Uri ReviewAddress => new($"queue:{Review}");

    public Uri EventsAddress => new($"queue:{Events}");

    public IEnumerable<string> All => [Saga, Review, Events];
}
