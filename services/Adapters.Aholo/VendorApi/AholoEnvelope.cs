using System.Text.Json;
using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Aholo.VendorApi;

/// <summary>Every Aholo answer: <c>{"c","d","m","f"}</c>; <c>c</c> is "0" (or 0) on success, else an error code with <c>m</c> (docs/vendors/aholo.md §3).</summary>
sealed class AholoEnvelope
{
    public JsonElement? C { get; init; }

    public JsonElement D { get; init; }

    public string? M { get; init; }

    public string? Code => AholoJson.Text(C);

    public bool IsSuccess => Code == "0";

    /// <summary>
    /// The answer's <c>d</c>, or the refusal as a <see cref="VendorCallException"/>: the status's, or the envelope's code
    /// (an error inside a 200). <paramref name="refusal"/> maps a code first where a call gives it its own meaning.
    /// </summary>
    public static async Task<T?> ReadAsync<T>(
        HttpResponseMessage response, string operation, CancellationToken cancellationToken, Func<AholoEnvelope, VendorCallException?>? refusal = null)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw AholoErrors.FromStatus(operation, response, body);
        }

        var envelope = JsonSerializer.Deserialize<AholoEnvelope>(body, AholoJson.Options)
            ?? throw new JsonException($"Aholo {operation} answered with an empty body.");
        if (!envelope.IsSuccess)
        {
            throw refusal?.Invoke(envelope) ?? AholoErrors.FromCode(operation, envelope.Code ?? "(none)", envelope.M);
        }

        return envelope.D.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? default : envelope.D.Deserialize<T>(AholoJson.Options);
    }
}
