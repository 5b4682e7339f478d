using GenerationGateway.Messaging.Postgres.Migrations;

namespace GenerationGateway.Adapters.Portrait.Subjects;

/// <summary>The subject store's schema in the adapter's own database (<c>ConnectionStrings:Workflow</c>, the process's one pool of it).</summary>
public sealed class PortraitDatabase([FromKeyedServices(SubjectModelMigrations.Component)] PostgresSchema schema)
    : PostgresComponentDatabase(schema);
