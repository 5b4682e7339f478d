namespace GenerationGateway.Adapters.Portrait;

/// <summary>Where the adapter remembers each subject's trained model (<c>Vendors:Portrait:Persistence</c>).</summary>
public enum PortraitPersistence
{
    /// <summary>PostgreSQL, the adapter's own database (<c>ConnectionStrings:Workflow</c>): survives restarts, shared by every instance.</summary>
    Postgres,

    /// <summary>Process memory: only for the embedded Standalone host (a restart forgets every trained model).</summary>
    InMemory,
}
