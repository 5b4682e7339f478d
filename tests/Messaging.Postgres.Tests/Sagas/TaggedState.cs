using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

/// <summary>A generic saga instance, like one workflow state type per vendor.</summary>
public sealed class TaggedState<TTag> : SagaStateMachineInstance, ISagaVersion
    where TTag : class
{
    public Guid CorrelationId { get; set; }

    public int Version { get; set; }
}
