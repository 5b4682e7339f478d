using GenerationGateway.Results.Api.Storage;

namespace GenerationGateway.Results.Api.Tests;

public sealed class PostgresGenerationStoreTests(MigratedDatabaseFixture fixture)
    : GenerationStoreSpecs, IClassFixture<MigratedDatabaseFixture>
{
    protected override IGenerationStore Store { get; } = new PostgresGenerationStore(fixture.Database.Database, TimeProvider.System);
}
