using Microsoft.Extensions.Options;
using Npgsql;

namespace GenerationGateway.Intake.Api.Storage;

/// <summary>Intake's own PostgreSQL data source (<c>ConnectionStrings:Intake</c>), kept apart from other services' in a shared host.</summary>
public sealed class IntakeDatabase : IAsyncDisposable
{
    public IntakeDatabase(IOptions<IntakeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DataSource = NpgsqlDataSource.Create(options.Value.ConnectionString
            ?? throw new InvalidOperationException($"ConnectionStrings:{IntakeOptions.ConnectionStringName} is required."));
    }

    public NpgsqlDataSource DataSource { get; }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
