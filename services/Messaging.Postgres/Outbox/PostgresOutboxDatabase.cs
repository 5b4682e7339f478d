namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>A database (connection string name) holding an outbox; the relay serves each one once.</summary>
internal sealed record PostgresOutboxDatabase(string ConnectionStringName);
