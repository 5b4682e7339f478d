using System.Diagnostics;
using GenerationGateway.ServiceDefaults;

namespace GenerationGateway.Adapters.Workflow.Metrics;

/// <summary>
/// Measures every HTTP call a vendor client makes (<see cref="GatewayMetrics.VendorRequestDuration"/>): vendor, operation,
/// method, status code, and <c>error.type</c> when the call failed (the status code of a 4xx/5xx answer, else the exception
/// type). The operation is <see cref="Operation"/> when the caller set it, else the request path with the segments that
/// look like identifiers (GUIDs, numbers, long tokens with digits) replaced by <c>{id}</c>, and never the query: job ids
/// and signatures must not become tag values. A client whose paths hold other identifiers names its operations. On a
/// client shared by several vendors (no vendor given here) only the requests that name their vendor are measured.
/// </summary>
public sealed class VendorHttpMetricsHandler(GatewayMetrics metrics, string? vendor) : DelegatingHandler
{
    /// <summary>The vendor of a request sent by a client that serves several (the asset downloads).</summary>
    public static readonly HttpRequestOptionsKey<string> Vendor = new("gateway.vendor");

    /// <summary>The operation tag of a request, instead of its path template.</summary>
    public static readonly HttpRequestOptionsKey<string> Operation = new("gateway.vendor.operation");

    const string UnknownVendor = "unknown";
    const string IdSegment = "{id}";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (vendor is null && !request.Options.TryGetValue(Vendor, out _))
        {
            // A shared client's request that names no vendor (an input fetched through the egress guard) is no vendor call.
            return await base.SendAsync(request, cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception exception)
        {
            Record(request, null, ErrorType(exception), started);
            throw;
        }

        var status = (int)response.StatusCode;
        Record(request, status, status >= 400 ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, started);
        return response;
    }

    /// <summary>The path of <paramref name="uri"/> with every segment that looks like an identifier replaced by <c>{id}</c>.</summary>
    public static string Template(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return "/";
        }

        var segments = uri.AbsolutePath.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (IsIdentifier(Uri.UnescapeDataString(segments[i])))
            {
                segments[i] = IdSegment;
            }
        }

        return string.Join('/', segments);
    }

    void Record(HttpRequestMessage request, int? status, string? errorType, long started)
    {
        var vendorTag = request.Options.TryGetValue(Vendor, out var requestVendor) ? requestVendor : vendor ?? UnknownVendor;
        var operation = request.Options.TryGetValue(Operation, out var named) ? named : Template(request.RequestUri);
        metrics.VendorRequestEnded(vendorTag, operation, request.Method.Method, status, errorType, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>As .NET's own HTTP metrics spell it: <c>connection_error</c>, <c>name_resolution_error</c>..., else the exception's type.</summary>
    static string ErrorType(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http
            ? SnakeCase(http.HttpRequestError.ToString())
            : exception.GetType().FullName ?? exception.GetType().Name;

    static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>A GUID, a number, or a long token with digits in it (job ids, file keys, signatures).</summary>
    static bool IsIdentifier(string segment) =>
        segment.Length > 0
        && (Guid.TryParse(segment, out _)
            || segment.All(char.IsAsciiDigit)
            || (segment.Length >= 16 && segment.Any(char.IsAsciiDigit))
            || segment.Length > 40);
}
