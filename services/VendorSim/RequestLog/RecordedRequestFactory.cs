using Microsoft.Net.Http.Headers;

namespace GenerationGateway.VendorSim.RequestLog;

internal static class RecordedRequestFactory
{
    private static readonly string[] SelectedHeaders =
    [
        HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.UserAgent, HeaderNames.ContentLength,
        "traceparent", "tracestate", "X-Request-Id", "Idempotency-Key",
    ];

    public static RecordedRequest Create(
        HttpRequest request, string vendor, long sequence, DateTimeOffset receivedAt, RecordedBody body, int? status)
    {
        var authorization = request.Headers.Authorization.ToString();
        var headers = SelectedHeaders
            .Where(name => request.Headers.ContainsKey(name))
            .ToDictionary(name => name, name => request.Headers[name].ToString(), StringComparer.OrdinalIgnoreCase);

        return new RecordedRequest
        {
            Sequence = sequence,
            ReceivedAt = receivedAt,
            Vendor = vendor,
            Method = request.Method,
            Path = request.PathBase.Add(request.Path).Value ?? string.Empty,
            Query = request.Query.ToDictionary(q => q.Key, q => q.Value.Select(v => v ?? string.Empty).ToArray(), StringComparer.Ordinal),
            Headers = headers,
            HasAuthorization = authorization.Length > 0,
            AuthorizationScheme = authorization.Length > 0 ? authorization.Split(' ', 2)[0] : null,
            ContentType = request.ContentType,
            JsonBody = body.Json,
            TextBody = body.Text,
            Form = body.Form,
            Files = body.Files,
            ResponseStatus = status,
        };
    }
}
