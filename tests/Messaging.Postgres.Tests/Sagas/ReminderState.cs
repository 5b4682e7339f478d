using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

public sealed class ReminderState : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = "";

    public int Version { get; set; }

    /// <summary>The token of the pending <c>Due</c> timeout, managed by the state machine.</summary>
    public Guid? DueTokenId { get; set; }

    /// <summary>The token the saga scheduled, copied when it scheduled it.</summary>
    public Guid? ExpectedTokenId { get; set; }

    /// <summary>The token carried by the timeout the saga acted on.</summary>
    public Guid? ReceivedTokenId { get; set; }

    /// <summary>Increments applied, one per <see cref="AddToReminder"/>: a lost update shows as a missing increment.</summary>
    public int Additions { get; set; }

    public List<string> Notes { get; set; } = [];

    public ReminderDetails? Details { get; set; }
}
