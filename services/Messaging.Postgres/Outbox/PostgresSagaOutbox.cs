namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>Registered by <c>PostgresRepository(r =&gt; r.UseOutbox())</c>: where the saga's inbox and outbox live.</summary>
/// <param name="ConsumerId">The inbox's consumer key of the saga (its table name).</param>
/// <param name="ConnectionStringName">The database of the saga table, the inbox and the outbox.</param>
internal sealed record PostgresSagaOutbox<TSaga>(string ConsumerId, string ConnectionStringName)
    where TSaga : class;
