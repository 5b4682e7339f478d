using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.ServiceDefaults.InMemory;

/// <summary>
/// How long the in-memory stores of the embedded default keep what has ended (section <c>InMemoryRetention</c>): a
/// terminal generation, its feed and deliveries, a submit the vendor accepted. In-flight items are never evicted.
/// </summary>
public sealed class InMemoryRetentionOptions
{
    public const string SectionName = "InMemoryRetention";

    /// <summary>How long an ended item is kept after it ended (24 hours).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00", ErrorMessage = "InMemoryRetention:KeepFor must be between 1 second and 365 days.")]
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many ended items each store keeps at most (10,000); the oldest go first.</summary>
    [Range(1, 10_000_000, ErrorMessage = "InMemoryRetention:MaxEnded must be between 1 and 10,000,000.")]
    public int MaxEnded { get; set; } = 10_000;
}
