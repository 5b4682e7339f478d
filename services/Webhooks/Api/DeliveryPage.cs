namespace GenerationGateway.Webhooks.Api;

public sealed record DeliveryPage
{
    public required IReadOnlyList<DeliveryView> Items { get; init; }
}
