using GenerationGateway.Intake.Api.Storage;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>On real PostgreSQL; each store has its own connection pool, like another intake replica.</summary>
public sealed class PostgresIntakeAdmissionTests : IntakeAdmissionSpecs, IAsyncLifetime
{
    QuotaDatabase _database = null!;

    public async Task InitializeAsync() => _database = await QuotaDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected override IIntakeStore Store() => new PostgresIntakeStore(_database.Replica(), TimeProvider.System);
}
