using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres;

/// <summary>
/// One pooled <see cref="NpgsqlDataSource"/> per connection string name (<c>ConnectionStrings:&lt;name&gt;</c>), shared by
/// the scheduler, the saga repositories, the outbox and any other code of the process (register it with
/// <see cref="Migrations.PostgresSchemaHostingExtensions.AddPostgresDataSources"/>). The data sources live as long as the container.
/// </summary>
public sealed class PostgresDataSources(IConfiguration configuration) : IAsyncDisposable
{
    readonly ConcurrentDictionary<string, Lazy<NpgsqlDataSource>> _sources = new(StringComparer.Ordinal);

    /// <summary>The data source of <c>ConnectionStrings:&lt;name&gt;</c>; throws, naming the setting, when it is not configured.</summary>
    public NpgsqlDataSource Get(string connectionStringName) =>
        _sources.GetOrAdd(connectionStringName, name => new Lazy<NpgsqlDataSource>(() => Create(name))).Value;

    /// <summary>Whether <c>ConnectionStrings:&lt;name&gt;</c> has a value (for start-up validation).</summary>
    public bool IsConfigured(string connectionStringName) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(connectionStringName));

    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources.Values.Where(s => s.IsValueCreated))
        {
            await source.Value.DisposeAsync();
        }
    }

    NpgsqlDataSource Create(string connectionStringName)
    {
        var connectionString = configuration.GetConnectionString(connectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"The connection string 'ConnectionStrings:{connectionStringName}' is not configured.");
        }

        return NpgsqlDataSource.Create(connectionString);
    }
}
