namespace GenerationGateway.Intake.Api.Storage;

sealed record IntakeDatabaseMigration(int Version, string Sql);
