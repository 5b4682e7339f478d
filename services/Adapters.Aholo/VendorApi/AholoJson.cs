using System.Text.Json;
using System.Text.Json.Serialization;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Refit;

namespace GenerationGateway.Adapters.Aholo.VendorApi;

/// <summary>Aholo's JSON: camelCase names; numbers may come quoted.</summary>
static class AholoJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>A JSON value as text: strings as they are, numbers and others as written; null for null or absent.</summary>
    public static string? Text(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { } other => other.GetRawText(),
    };

    /// <summary>The settings <see cref="IAholoApi"/> and <see cref="IAholoReadApi"/> are generated with.</summary>
    public static RefitSettings ApiSettings { get; } = VendorApiSettings.Create("Aholo", Options);

    /// <summary>
    /// The settings of <see cref="IAholoUploadApi"/>: a failed upload call is the input's trouble (it is retried from a new token),
    /// and a transfer that broke off is <see cref="VendorErrorKind.Unavailable"/> rather than the transport's exception.
    /// </summary>
    public static RefitSettings UploadApiSettings { get; } = UploadSettings();

    static RefitSettings UploadSettings()
    {
        var settings = VendorApiSettings.Create("Aholo upload host", Options, FailureReason.InputUnavailable);
        var unreachable = settings.TransportExceptionFactory;
        settings.TransportExceptionFactory = (request, exception, cancellationToken) =>
            exception is HttpRequestException && !VendorApiSettings.IsConnectionFailure(exception)
                ? new VendorCallException(VendorErrorKind.Unavailable, FailureReason.InputUnavailable, null,
                    $"Aholo upload {request.RequestUri?.AbsolutePath} on {request.RequestUri?.Host} failed: {exception.Message}", null, exception)
                : unreachable(request, exception, cancellationToken);
        return settings;
    }
}
