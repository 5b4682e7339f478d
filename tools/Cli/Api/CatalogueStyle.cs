namespace GenerationGateway.Cli.Api;

/// <summary>One style of a vendor's catalogue (portrait: the <c>options.style</c> of a request).</summary>
public sealed record CatalogueStyle
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? Sex { get; init; }

    public Uri? TemplateUrl { get; init; }
}
