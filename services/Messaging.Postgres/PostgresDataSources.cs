using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres;

/// <summary>
/// The process's PostgreSQL pools: one <see cref="NpgsqlDataSource"/> per database, keyed by its connection string, so
/// every component of the process that uses the same database (stores, migrations, saga repositories, outbox, scheduler,
/// submit ledger, rate limiter, readiness) shares one pool. A connection string without <c>Maximum Pool Size</c> gets
/// <see cref="PostgresOptions.MaxPoolSize"/>; one without <c>Max Auto Prepare</c> gets <see cref="PostgresOptions.MaxAutoPrepare"/>
/// (the stores run a few statements over and over: prepared once per connection, not parsed and planned every time), and
/// one without <c>No Reset On Close</c> skips the <c>DISCARD ALL</c> a returned connection would run before its next use (no
/// code here leaves session state behind: locks are transaction-scoped, and a discard would drop the prepared statements).
/// Registered once by <see cref="Migrations.PostgresSchemaHostingExtensions.AddPostgresDataSources"/>;
/// the data sources live as long as the container.
/// </summary>
public sealed class PostgresDataSources : IAsyncDisposable
{
    static readonly HashSet<string> PoolSizeKeys = new(["MaximumPoolSize", "MaxPoolSize"], StringComparer.OrdinalIgnoreCase);
    static readonly HashSet<string> AutoPrepareKeys = new(["MaxAutoPrepare"], StringComparer.OrdinalIgnoreCase);
    static readonly HashSet<string> ResetKeys = new(["NoResetOnClose"], StringComparer.OrdinalIgnoreCase);

    readonly IConfiguration _configuration;
    readonly PostgresOptions _options;
    readonly ConcurrentDictionary<string, Lazy<NpgsqlDataSource>> _sources = new(StringComparer.Ordinal);

    public PostgresDataSources(IConfiguration configuration, IOptions<PostgresOptions> options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        _configuration = configuration;
        _options = options.Value;
    }

    /// <summary>The data sources created so far (one per database), for readiness and diagnostics.</summary>
    public IReadOnlyCollection<NpgsqlDataSource> Created => [.. _sources.Values.Where(s => s.IsValueCreated).Select(s => s.Value)];

    /// <summary>The data source of <c>ConnectionStrings:&lt;name&gt;</c>; throws, naming the setting, when it is not configured.</summary>
    public NpgsqlDataSource Get(string connectionStringName)
    {
        var connectionString = _configuration.GetConnectionString(connectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"The connection string 'ConnectionStrings:{connectionStringName}' is not configured.");
        }

        return ForConnectionString(connectionString);
    }

    /// <summary>The data source of <paramref name="connectionString"/>: the same instance for every caller naming the same database the same way.</summary>
    public NpgsqlDataSource ForConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var key = Normalize(connectionString);
        return _sources.GetOrAdd(key, k => new Lazy<NpgsqlDataSource>(() => NpgsqlDataSource.Create(k))).Value;
    }

    /// <summary>Whether <c>ConnectionStrings:&lt;name&gt;</c> has a value (for start-up validation).</summary>
    public bool IsConfigured(string connectionStringName) =>
        !string.IsNullOrWhiteSpace(_configuration.GetConnectionString(connectionStringName));

    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources.Values.Where(s => s.IsValueCreated))
        {
            await source.Value.DisposeAsync();
        }
    }

    string Normalize(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var givenKeys = given.Keys.Cast<string>().Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal)).ToArray();
        if (!givenKeys.Any(PoolSizeKeys.Contains))
        {
            builder.MaxPoolSize = _options.MaxPoolSize;
        }

        if (!givenKeys.Any(AutoPrepareKeys.Contains))
        {
            builder.MaxAutoPrepare = _options.MaxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!givenKeys.Any(ResetKeys.Contains))
        {
            builder.NoResetOnClose = true;
        }

        // The builder spells each key one way; sorted, equal settings give one key whatever order they were written in.
        var written = new DbConnectionStringBuilder { ConnectionString = builder.ConnectionString };
        var canonical = new NpgsqlConnectionStringBuilder();
        foreach (var key in written.Keys.Cast<string>().Order(StringComparer.OrdinalIgnoreCase))
        {
            canonical[key] = written[key];
        }

        return canonical.ConnectionString;
    }
}
