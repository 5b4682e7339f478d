using Npgsql;

namespace GenerationGateway.Webhooks.Storage;

/// <summary>The webhook service's database (<c>ConnectionStrings:Webhooks</c>); its own type so a composed host can hold several data sources.</summary>
public sealed class WebhooksDatabase(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    /// <summary>Schema holding every webhook table.</summary>
    public const string Schema = "webhooks";

    public NpgsqlDataSource DataSource { get; } = dataSource;

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
