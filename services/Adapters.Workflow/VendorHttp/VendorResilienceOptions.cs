using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Adapters.Workflow.VendorHttp;

/// <summary>
/// The short retry of a vendor's idempotent reads (status checks, result listings); never of a submit. The workflow's
/// own retries and polling are the outer loop, so this one only smooths over a blip.
/// </summary>
public sealed class VendorResilienceOptions
{
    public const string SectionName = "VendorResilience";

    /// <summary>Retries after the first attempt of one read; 0 turns the retry off.</summary>
    [Range(0, 5, ErrorMessage = "VendorResilience:MaxRetryAttempts must be between 0 and 5.")]
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>Delay before the first retry; it doubles for each further one, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:05", ErrorMessage = "VendorResilience:BaseDelay must be between 10 ms and 5 s.")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
