using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>
/// The task-level error codes of <c>tencent_hunyuan_3d_pro</c> (seed 001), read with the meanings SeaArt gives the
/// same <c>…095</c>–<c>…099</c> family for its other models (docs/vendors/hunyuan.md §7), as failure reasons and retry flags.
/// Our intake enforces every documented parameter rule before the paid submit, so none of these codes means
/// "the request itself is wrong": each is a failure of a run, and the same request submitted again can succeed.
/// </summary>
public static class HunyuanFailureCodes
{
    /// <summary>Internal generation error upstream: the model failed on this run; another run can succeed.</summary>
    public const string GenerationError = "13001095";

    /// <summary>The gateway could not parse the upstream result: this run's output is lost, a new run can succeed.</summary>
    public const string ResultParsingError = "13001096";

    /// <summary>Tencent answered the gateway with an HTTP error: an upstream outage, not a fault of the job.</summary>
    public const string UpstreamHttpError = "13001097";

    /// <summary>The gateway failed checking the upstream job's status: the job is lost to it; a new run can succeed.</summary>
    public const string StatusCheckError = "13001098";

    /// <summary>
    /// The upstream job was never created, so nothing ran and nothing was charged upstream. With our rules already
    /// enforced, what is left is upstream capacity (Tencent allows 3 concurrent Pro jobs per account) or a hiccup:
    /// retryable. Reported as vendor-job-failed: the gateway accepted the task, and the task failed.
    /// </summary>
    public const string TaskCreationError = "13001099";

    public static (FailureReason Reason, bool Retryable) Classify(string? code) => code switch
    {
        UpstreamHttpError => (FailureReason.VendorUnavailable, true),
        GenerationError or ResultParsingError or StatusCheckError or TaskCreationError => (FailureReason.VendorJobFailed, true),
        // A code the seed does not list: the task failed, and nothing says the request was at fault.
        _ => (FailureReason.VendorJobFailed, true),
    };

    /// <summary>What the code means, for the failure's message.</summary>
    public static string Describe(string? code) => code switch
    {
        GenerationError => "upstream generation error",
        ResultParsingError => "result parsing error",
        UpstreamHttpError => "upstream HTTP error",
        StatusCheckError => "task status check error",
        TaskCreationError => "upstream task creation error",
        _ => "task failed",
    };
}
