using GenerationGateway.Adapters.Workflow.Assets;
using GenerationGateway.Adapters.Workflow.Submits;
using GenerationGateway.AssetStore;
using MassTransit;

namespace GenerationGateway.Adapters.Workflow.Vendors;

/// <summary>
/// The <c>vendorMessage</c> of a failed generation when a step ended with an exception rather than a vendor's answer:
/// a plain sentence for the client, never a .NET type name or a stack (the logs and the <c>_error</c> queue keep those).
/// The gateway's own exceptions (<see cref="VendorCallException"/>, <see cref="AssetDownloadException"/>,
/// <see cref="AssetTooLargeException"/>, <see cref="SubmitNotStartedException"/>) already carry such a sentence and keep it.
/// </summary>
public static class FailureMessages
{
    public const string Unreachable = "The vendor could not be reached.";
    public const string TimedOut = "The vendor did not answer in time.";
    public const string Unreadable = "The vendor's answer could not be read.";
    public const string Unexpected = "The step failed unexpectedly; the gateway's logs have the details.";

    static readonly HashSet<string> OwnSentences =
    [
        typeof(VendorCallException).FullName!,
        typeof(AssetDownloadException).FullName!,
        typeof(AssetTooLargeException).FullName!,
        typeof(SubmitNotStartedException).FullName!,
    ];

    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Of(exception.GetType().FullName, exception.Message);
    }

    /// <summary>The sentence for an exception a MassTransit fault carries (its first, for instance).</summary>
    public static string Of(ExceptionInfo? exception) =>
        exception is null ? Unexpected : Of(exception.ExceptionType, exception.Message);

    static string Of(string? exceptionType, string message) =>
        exceptionType is not null && OwnSentences.Contains(exceptionType) ? message : Describe(exceptionType);

    static string Describe(string? exceptionType) => exceptionType switch
    {
        "System.Net.Http.HttpRequestException" or "System.Net.Sockets.SocketException" or "System.IO.IOException" => Unreachable,
        "System.TimeoutException" or "System.Threading.Tasks.TaskCanceledException" or "System.OperationCanceledException"
            or "Polly.Timeout.TimeoutRejectedException" => TimedOut,
        "System.Text.Json.JsonException" or "System.FormatException" or "Refit.ApiException" => Unreadable,
        _ => Unexpected,
    };
}
