namespace GenerationGateway.Adapters.Workflow.Messages;

public sealed record VendorJobSubmitted
{
    public required Guid GenerationId { get; init; }

    public required string VendorJobId { get; init; }

    public required IReadOnlyDictionary<string, string> State { get; init; }

    public TimeSpan? FirstCheckAfter { get; init; }

    /// <summary>
    /// When the vendor answered the submit: the first status check is due <see cref="FirstCheckAfter"/> after it, not after the
    /// workflow got round to this reply (a busy workflow queue would otherwise make every first check late by its wait).
    /// </summary>
    public DateTimeOffset? AnsweredAt { get; init; }
}
