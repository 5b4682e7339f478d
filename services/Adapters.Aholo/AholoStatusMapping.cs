using System.Globalization;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// Aholo's task statuses (seed 000) in the workflow's terms. 3 succeeded. Terminal failures: 4 failed and 6 timed
/// out may pass on another submit (retryable); 5 cancelled was someone's decision at the vendor (the gateway cannot
/// cancel), so not retryable; 7 rejected is the vendor refusing the content (not retryable). 0, 1, 2, 8 and any
/// status not in the seed are still running.
/// </summary>
public static class AholoStatusMapping
{
    public const int Queued = 0;
    public const int Waiting = 1;
    public const int Running = 2;
    public const int Succeeded = 3;
    public const int Failed = 4;
    public const int Cancelled = 5;
    public const int TimedOut = 6;
    public const int Rejected = 7;
    public const int Preprocessing = 8;

    public static StatusOutcome Map(int status, double? progress, string? errorCode, string? errorMessage, TimeSpan checkInterval)
    {
        var word = $"{status.ToString(CultureInfo.InvariantCulture)} {Word(status)}";
        var code = errorCode ?? status.ToString(CultureInfo.InvariantCulture);
        return status switch
        {
            Succeeded => StatusOutcome.Succeeded(word),
            Failed => StatusOutcome.Failed(FailureReason.VendorJobFailed, retryable: true, code, errorMessage ?? "Aholo reports the task failed.", word),
            Cancelled => StatusOutcome.Failed(FailureReason.VendorJobFailed, retryable: false, code, errorMessage ?? "The task was cancelled at Aholo.", word),
            TimedOut => StatusOutcome.Failed(FailureReason.VendorJobFailed, retryable: true, code, errorMessage ?? "The task timed out at Aholo.", word),
            Rejected => StatusOutcome.Failed(FailureReason.ContentRejected, retryable: false, code, errorMessage ?? "Aholo rejected the task's content.", word),
            _ => StatusOutcome.Running(word, Percent(progress), checkInterval),
        };
    }

    /// <summary>The newer gateway reports progress as a fraction; a value above 1 is read as a percentage.</summary>
    static int? Percent(double? progress) => progress switch
    {
        null or < 0 => null,
        <= 1 => (int)Math.Round(progress.Value * 100),
        _ => (int)Math.Min(100, Math.Round(progress.Value)),
    };

    static string Word(int status) => status switch
    {
        Queued => "queued",
        Waiting => "waiting",
        Running => "running",
        Succeeded => "succeeded",
        Failed => "failed",
        Cancelled => "cancelled",
        TimedOut => "timed out",
        Rejected => "rejected",
        Preprocessing => "preprocessing",
        _ => "unknown",
    };
}
