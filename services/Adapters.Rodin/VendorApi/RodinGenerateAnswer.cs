namespace GenerationGateway.Adapters.Rodin.VendorApi;

sealed class RodinGenerateAnswer : RodinAnswer
{
    public string? Prompt { get; init; }

    public string? Uuid { get; init; }

    public RodinGenerateJobs? Jobs { get; init; }
}

sealed record RodinGenerateJobs(string[]? Uuids, string? SubscriptionKey);
