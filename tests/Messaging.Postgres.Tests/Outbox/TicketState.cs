using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

public sealed class TicketState : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = "";

    public int Version { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Nudges applied, one per <see cref="NudgeTicket"/>: a behaviour run twice shows as an extra nudge.</summary>
    public int Nudges { get; set; }
}
