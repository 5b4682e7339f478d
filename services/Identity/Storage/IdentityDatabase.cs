using Microsoft.Extensions.Options;
using Npgsql;

namespace GenerationGateway.Identity.Storage;

/// <summary>The identity store's own PostgreSQL data source (<c>ConnectionStrings:Identity</c>), shared by intake and results.</summary>
public sealed class IdentityDatabase : IAsyncDisposable
{
    public IdentityDatabase(IOptions<IdentityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DataSource = NpgsqlDataSource.Create(options.Value.ConnectionString
            ?? throw new InvalidOperationException($"ConnectionStrings:{IdentityOptions.ConnectionStringName} is required."));
    }

    public NpgsqlDataSource DataSource { get; }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
