namespace GenerationGateway.Cli.Api;

/// <summary><c>GET /v1/vendors/{vendor}/styles</c>.</summary>
public sealed record StyleCatalogue
{
    public required string Vendor { get; init; }

    public IReadOnlyList<CatalogueStyle> Styles { get; init; } = [];
}
