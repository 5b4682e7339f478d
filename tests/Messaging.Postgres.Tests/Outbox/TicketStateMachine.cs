using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>
/// Opening publishes an event and sends a command (whose response closes the ticket); a nudge counts and publishes;
/// a status request is answered. Every kind of outgoing message the outbox must carry.
/// </summary>
public sealed class TicketStateMachine : MassTransitStateMachine<TicketState>
{
    public TicketStateMachine(TicketQueues queues)
    {
        InstanceState(x => x.CurrentState);
        Event(() => Opened, x => x.CorrelateById(context => context.Message.CorrelationId));
        Event(() => Reviewed, x => x.CorrelateById(context => context.Message.CorrelationId));
        Event(() => Nudged, x => x.CorrelateById(context => context.Message.CorrelationId));
        Event(() => StatusRequested, x => x.CorrelateById(context => context.Message.CorrelationId));

        Initially(
            When(Opened)
                .Then(context => context.Saga.Title = context.Message.Title)
                .Publish(context => new TicketOpened { CorrelationId = context.Saga.CorrelationId, Title = context.Saga.Title })
                .Publish(context => new TicketEscalated { CorrelationId = context.Saga.CorrelationId, Team = context.Message.Team })
                .Send(queues.ReviewAddress, context => new ReviewTicket { CorrelationId = context.Saga.CorrelationId }, send =>
                    send.ResponseAddress = queues.SagaAddress)
                .TransitionTo(Reviewing));

        During(
            Reviewing,
            When(Reviewed)
                .Publish(context => new TicketClosed { CorrelationId = context.Saga.CorrelationId })
                .TransitionTo(Closed));

        DuringAny(
            When(Nudged)
                .Then(context => context.Saga.Nudges++)
                .Publish(context => new TicketNudged { CorrelationId = context.Saga.CorrelationId, Note = context.Message.Note, Nudges = context.Saga.Nudges }),
            When(StatusRequested)
                .RespondAsync(context => context.Init<TicketStatus>(new
                {
                    context.Saga.CorrelationId,
                    State = context.Saga.CurrentState,
                    context.Saga.Nudges,
                })));
    }

    public State Reviewing { get; private set; } = null!;

    public State Closed { get; private set; } = null!;

    public Event<OpenTicket> Opened { get; private set; } = null!;

    public Event<TicketReviewed> Reviewed { get; private set; } = null!;

    public Event<NudgeTicket> Nudged { get; private set; } = null!;

    public Event<GetTicketStatus> StatusRequested { get; private set; } = null!;
}
