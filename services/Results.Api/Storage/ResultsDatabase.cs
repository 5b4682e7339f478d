using Npgsql;

namespace GenerationGateway.Results.Api.Storage;

/// <summary>The Results database (<c>ConnectionStrings:Results</c>); its own type so a composed host can hold several data sources.</summary>
public sealed class ResultsDatabase(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    /// <summary>Schema holding every Results table, so Results can share a database with other services.</summary>
    public const string Schema = "results";

    public NpgsqlDataSource DataSource { get; } = dataSource;

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
