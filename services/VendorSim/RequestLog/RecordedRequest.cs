using System.Text.Json;

namespace GenerationGateway.VendorSim.RequestLog;

/// <summary>One request a simulated vendor received, as the test that drove the adapter needs to see it.</summary>
public sealed record RecordedRequest
{
    /// <summary>Order of arrival, starting at 1; never reused, not even after the log is cleared.</summary>
    public required long Sequence { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required string Vendor { get; init; }

    public required string Method { get; init; }

    /// <summary>The request path, including the vendor prefix (e.g. <c>/rodin/api/v2/status</c>).</summary>
    public required string Path { get; init; }

    public required IReadOnlyDictionary<string, string[]> Query { get; init; }

    /// <summary>Selected headers (content type, accept, user agent, trace context); never the Authorization value.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required bool HasAuthorization { get; init; }

    /// <summary>The scheme of the Authorization header (e.g. <c>Bearer</c>), or null when absent.</summary>
    public string? AuthorizationScheme { get; init; }

    public string? ContentType { get; init; }

    /// <summary>The body when it parsed as JSON.</summary>
    public JsonElement? JsonBody { get; init; }

    /// <summary>The body as text when it was neither JSON nor a form (first 64 KiB).</summary>
    public string? TextBody { get; init; }

    /// <summary>Form fields (urlencoded or multipart), each with every value in the order sent.</summary>
    public required IReadOnlyDictionary<string, string[]> Form { get; init; }

    /// <summary>File parts of a multipart body, in the order sent.</summary>
    public required IReadOnlyList<RecordedFile> Files { get; init; }

    /// <summary>The status code the simulator answered with; null if the response never started.</summary>
    public int? ResponseStatus { get; init; }

    /// <summary>The single value of form field <paramref name="name"/>, or null when absent.</summary>
    public string? FormValue(string name) => Form.TryGetValue(name, out var values) ? values.SingleOrDefault() : null;
}
