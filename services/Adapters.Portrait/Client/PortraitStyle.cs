namespace GenerationGateway.Adapters.Portrait.Client;

/// <summary>One style of the vendor's catalogue (<c>{name, style, template, sex}</c>).</summary>
public sealed record PortraitStyle(string Id, string Name, string? Sex, Uri? TemplateUrl);
