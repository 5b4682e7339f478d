using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

/// <summary>Schedules <see cref="ReminderDue"/> when started and records which token the timeout carried.</summary>
public sealed class ReminderStateMachine : MassTransitStateMachine<ReminderState>
{
    public ReminderStateMachine()
    {
        InstanceState(x => x.CurrentState);
        Event(() => Started, x => x.CorrelateById(context => context.Message.CorrelationId));
        Event(() => Added, x => x.CorrelateById(context => context.Message.CorrelationId));
        Schedule(() => Due, x => x.DueTokenId, x => x.Received = r => r.CorrelateById(context => context.Message.CorrelationId));

        Initially(
            When(Started)
                .Schedule(Due, context => new ReminderDue { CorrelationId = context.Saga.CorrelationId }, context => TimeSpan.FromMilliseconds(context.Message.DelayMilliseconds))
                .Then(context => context.Saga.ExpectedTokenId = context.Saga.DueTokenId)
                .TransitionTo(Waiting),
            When(Added)
                .Then(context => Add(context.Saga, context.Message))
                .TransitionTo(Collecting));

        During(
            Waiting,
            When(Due.Received)
                .Then(context => context.Saga.ReceivedTokenId = context.GetSchedulingTokenId())
                .TransitionTo(Reminded));

        During(
            Collecting,
            When(Added).Then(context => Add(context.Saga, context.Message)));
    }

    public State Waiting { get; private set; } = null!;

    public State Reminded { get; private set; } = null!;

    public State Collecting { get; private set; } = null!;

    public Event<StartReminder> Started { get; private set; } = null!;

    public Event<AddToReminder> Added { get; private set; } = null!;

    public Schedule<ReminderState, ReminderDue> Due { get; private set; } = null!;

    static void Add(ReminderState saga, AddToReminder message)
    {
        saga.Additions++;
        saga.Notes.Add(message.Note);
    }
}
