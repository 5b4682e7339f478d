using System.Net;

namespace GenerationGateway.Webhooks.Delivery;

/// <summary>What one POST to a target gave: the status code, or why none came (safe to store and show the tenant).</summary>
public sealed record AttemptResult(HttpStatusCode? StatusCode, string? Error)
{
    public bool Succeeded => StatusCode is { } status && (int)status is >= 200 and < 300;

    public bool Gone => StatusCode == HttpStatusCode.Gone;

    public string Describe() => StatusCode is { } status ? $"HTTP {(int)status}" : Error ?? "no answer";
}
