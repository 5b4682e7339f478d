namespace GenerationGateway.Adapters.Rodin.VendorApi;

sealed record RodinStatusRequest(string SubscriptionKey);

sealed class RodinStatusAnswer : RodinAnswer
{
    public RodinStatusJob[]? Jobs { get; init; }
}

sealed record RodinStatusJob(string? Uuid, string? Status);
