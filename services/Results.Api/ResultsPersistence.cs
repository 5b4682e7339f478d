namespace GenerationGateway.Results.Api;

public enum ResultsPersistence
{
    /// <summary>PostgreSQL through <c>ConnectionStrings:Results</c>; the schema is migrated at start.</summary>
    Postgres,

    /// <summary>Process memory: only for the embedded Standalone host, lost on restart.</summary>
    InMemory,
}
