namespace GenerationGateway.Identity;

public enum IdentityPersistence
{
    /// <summary>PostgreSQL, from <c>ConnectionStrings:Identity</c>: one store every intake and results replica reads.</summary>
    Postgres,

    /// <summary>Process memory: only for the embedded Standalone host (keys vanish with the process).</summary>
    InMemory,
}
