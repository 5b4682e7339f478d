namespace GenerationGateway.VendorSim.Rodin.Responses;

public sealed record RodinSubmitJobs(IReadOnlyList<string> Uuids, string SubscriptionKey);
