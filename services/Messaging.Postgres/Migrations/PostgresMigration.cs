namespace GenerationGateway.Messaging.Postgres.Migrations;

/// <summary>
/// One forward-only schema step of a component. Versions are applied in ascending order, each exactly once per
/// database, and recorded in <c>schema_version</c> under the component's name.
/// </summary>
/// <param name="Version">Position of the step within its component, starting at 1.</param>
/// <param name="Name">A short description, stored with the applied version.</param>
/// <param name="Sql">The statements to run; they run inside the migration transaction.</param>
public sealed record PostgresMigration(int Version, string Name, string Sql);
