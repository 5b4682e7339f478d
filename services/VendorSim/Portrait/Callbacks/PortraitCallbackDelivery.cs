namespace GenerationGateway.VendorSim.Portrait.Callbacks;

/// <summary>One callback the simulator sent: to where, about which task and state, and how the receiver answered.</summary>
public sealed record PortraitCallbackDelivery(
    string TaskId, int TaskType, int State, Uri Url, DateTimeOffset SentAt, int? ResponseStatus, string? Error);
