using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres;

/// <summary>One pooled <see cref="NpgsqlDataSource"/> per connection string name, shared by the scheduler and the saga repositories.</summary>
internal sealed class PostgresDataSources(IConfiguration configuration) : IAsyncDisposable
{
    readonly ConcurrentDictionary<string, Lazy<NpgsqlDataSource>> _sources = new(StringComparer.Ordinal);

    public NpgsqlDataSource Get(string connectionStringName) =>
        _sources.GetOrAdd(connectionStringName, name => new Lazy<NpgsqlDataSource>(() => Create(name))).Value;

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
