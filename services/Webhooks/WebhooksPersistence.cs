namespace GenerationGateway.Webhooks;

public enum WebhooksPersistence
{
    /// <summary>PostgreSQL through <c>ConnectionStrings:Webhooks</c>; the schema is migrated at start.</summary>
    Postgres,

    /// <summary>Process memory: only for the embedded Standalone host, lost on restart.</summary>
    InMemory,
}
