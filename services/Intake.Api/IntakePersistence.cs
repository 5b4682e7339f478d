namespace GenerationGateway.Intake.Api;

public enum IntakePersistence
{
    /// <summary>PostgreSQL, from <c>ConnectionStrings:Intake</c>: survives restarts and is shared by every instance.</summary>
    Postgres,

    /// <summary>Process memory: only for the embedded Standalone host.</summary>
    InMemory,
}
