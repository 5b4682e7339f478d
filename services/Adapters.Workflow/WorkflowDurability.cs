namespace GenerationGateway.Adapters.Workflow;

/// <summary>Where an adapter keeps its workflow state; registered by <see cref="WorkflowMessagingHostingExtensions"/>.</summary>
public sealed class WorkflowDurability
{
    WorkflowDurability(bool postgres) => IsPostgres = postgres;

    /// <summary>Sagas in the adapter's PostgreSQL database (<c>ConnectionStrings:Workflow</c>).</summary>
    public static WorkflowDurability Postgres { get; } = new(true);

    public bool IsPostgres { get; }
}
