namespace GenerationGateway.Adapters.Workflow;

/// <summary>Where a host keeps its vendor workflows' state; chosen by <see cref="WorkflowMessagingHostingExtensions.AddWorkflowMessaging"/> from the transport.</summary>
public enum WorkflowStorage
{
    /// <summary>One process (the embedded default, tests): sagas in memory behind MassTransit's in-memory outbox.</summary>
    InMemory,

    /// <summary>
    /// Any process may crash: sagas in the adapter's PostgreSQL database (<c>ConnectionStrings:Workflow</c>) behind the transactional
    /// outbox and inbox, timers in the PostgreSQL scheduler, paid submits in the PostgreSQL submit ledger.
    /// </summary>
    Postgres,
}
