namespace GenerationGateway.Webhooks;

/// <summary>The event types a webhook endpoint subscribes to (the body's <c>type</c>).</summary>
public static class WebhookEventTypes
{
    public const string Accepted = "generation.accepted";
    public const string Progressed = "generation.progressed";
    public const string Completed = "generation.completed";
    public const string Failed = "generation.failed";
    public const string Cancelled = "generation.cancelled";

    public static IReadOnlyList<string> All { get; } = [Accepted, Progressed, Completed, Failed, Cancelled];

    /// <summary>The events a per-request <c>callback.url</c> receives: the end of the generation.</summary>
    public static IReadOnlyList<string> Terminal { get; } = [Completed, Failed, Cancelled];

    public static bool IsKnown(string? type) => type is Accepted or Progressed or Completed or Failed or Cancelled;
}
