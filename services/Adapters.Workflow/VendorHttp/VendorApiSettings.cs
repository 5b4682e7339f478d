using System.Text.Json;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Refit;

namespace GenerationGateway.Adapters.Workflow.VendorHttp;

/// <summary>
/// The Refit settings every vendor API is generated with: the vendor's JSON, and a connection that never opened
/// surfaced as <see cref="VendorErrorKind.Unreachable"/>. Every other transport failure (a timeout, a connection
/// dropped after the request was sent) passes through as it is: the vendor may have acted on it.
/// </summary>
public static class VendorApiSettings
{
    /// <param name="vendorName">Names the vendor (or its host) in messages.</param>
    /// <param name="json">The vendor's JSON.</param>
    /// <param name="unreachable">The failure reason of an unreachable call: the vendor's, or the input's for an upload host.</param>
    public static RefitSettings Create(string vendorName, JsonSerializerOptions json, FailureReason unreachable = FailureReason.VendorUnavailable) => new(new SystemTextJsonContentSerializer(json))
    {
        TransportExceptionFactory = (request, exception, _) => IsConnectionFailure(exception)
            ? new VendorCallException(VendorErrorKind.Unreachable, unreachable, null,
                $"{vendorName} {request.Method} {request.RequestUri?.AbsolutePath} could not connect: {exception.Message}", null, exception)
            : exception,
    };

    /// <summary>The request never reached the vendor: no name, no connection, no TLS session.</summary>
    public static bool IsConnectionFailure(Exception exception) =>
        exception is HttpRequestException
        {
            HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError,
        };
}
