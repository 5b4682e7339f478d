using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Adapters.Workflow;

/// <summary>
/// Timing of the generation workflow. Bound from <c>Workflow</c>, then overlaid per vendor from
/// <c>Workflow:Vendors:{vendor}</c> (named options keyed by vendor key).
/// </summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Workflow";
    public const string VendorsSection = "Vendors";

    /// <summary>Wait before the first status check when the vendor gives no hint.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan InitialCheckDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait between checks the backoff grows to (a vendor hint may ask for more).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "06:00:00")]
    public TimeSpan MaxCheckDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Shortest wait between checks, even when the vendor hints less.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MinCheckDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Growth of the wait from one check to the next.</summary>
    [Range(1.0, 10.0)]
    public double BackoffFactor { get; set; } = 1.5;

    /// <summary>Deadline of a generation whose request sets none.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan DefaultDeadline { get; set; } = TimeSpan.FromHours(4);

    /// <summary>
    /// How often a submit that could not reach the vendor (or could not start) is tried again before the generation fails. A
    /// throttled submit (the vendor's rate limit) is not counted: it waits and is tried again until the generation's deadline.
    /// </summary>
    [Range(0, 100)]
    public int MaxSubmitDeferrals { get; set; } = 5;

    /// <summary>Status checks that may fail in a row (vendor unreachable) before the generation fails.</summary>
    [Range(0, 1000)]
    public int MaxConsecutiveCheckFailures { get; set; } = 10;

    /// <summary>
    /// Input preparations (fetching a client's inputs through the egress guard) one replica runs at once, on the vendor's
    /// <c>{vendor}-inputs</c> queue, apart from the vendor calls.
    /// </summary>
    [Range(1, 1000)]
    public int InputConcurrency { get; set; } = 64;

    /// <summary>Most due status checks one poller pass claims (then checks, a batch vendor call per up to its batch size).</summary>
    [Range(1, 10000)]
    public int StatusCheckBatchSize { get; set; } = 500;

    /// <summary>Vendor status calls one replica's poller runs at once.</summary>
    [Range(1, 1000)]
    public int StatusCheckConcurrency { get; set; } = 32;

    /// <summary>How long a claimed check belongs to the replica that claimed it; a killed replica's checks are taken over after it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan StatusCheckLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest an idle poller waits before looking for due checks again (other replicas' new jobs, vendor callbacks).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan StatusCheckIdlePoll { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Each wait between checks grows by a random share up to this (0.2: up to 20 % later), so a burst of jobs does not poll in lock step.</summary>
    [Range(0.0, 1.0)]
    public double CheckJitter { get; set; } = 0.2;

    /// <summary><paramref name="delay"/> spread by <see cref="CheckJitter"/>; <paramref name="sample"/> in [0, 1). Never earlier than asked (a vendor hint holds).</summary>
    public TimeSpan Jittered(TimeSpan delay, double sample) => delay + (delay * (CheckJitter * Math.Clamp(sample, 0, 1)));

    /// <summary>
    /// Jobs the vendor account runs at once (submitted and not finished), held across every replica; 0 for no cap. A job that
    /// finds the vendor full waits in the vendor's queue (stage <c>queued</c>) until a slot frees, shared fairly across tenants.
    /// </summary>
    [Range(0, 100_000)]
    public int MaxConcurrentJobs { get; set; }

    /// <summary>Paid submits per second to the vendor account, across every replica (the shared rate limiter); 0 for no limit.</summary>
    [Range(0.0, 10_000.0)]
    public double SubmitsPerSecond { get; set; }

    /// <summary>How long a submit may queue for its rate slot before it is deferred (and tried again after the wait).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SubmitRateMaxWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a vendor job typically holds its slot: the queue's first estimates, until releases have been measured.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TypicalJobDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often a queued job asks for its slot again, besides being told when one frees: it refreshes the queue position it
    /// shows and picks up a grant whose notice was lost.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan QueuedRecheck { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Computes the wait before check number <paramref name="checkNumber"/> (0-based).</summary>
    public TimeSpan NextDelay(int checkNumber, TimeSpan? vendorHint)
    {
        if (vendorHint is { } hint)
        {
            return hint < MinCheckDelay ? MinCheckDelay : hint;
        }

        var grown = InitialCheckDelay.TotalMilliseconds * Math.Pow(BackoffFactor, Math.Min(checkNumber, 64));
        var delay = TimeSpan.FromMilliseconds(Math.Min(grown, MaxCheckDelay.TotalMilliseconds));
        return delay < MinCheckDelay ? MinCheckDelay : delay;
    }
}
