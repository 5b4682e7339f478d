using System.Text.Json;

namespace GenerationGateway.Adapters.Portrait.VendorApi;

/// <summary>The envelope of every answer: <c>{"ret": 0, "body": ...}</c>; a non-zero <c>ret</c> is a refusal.</summary>
sealed class PortraitAnswer
{
    public int? Ret { get; init; }

    public JsonElement Body { get; init; }

    public string? Msg { get; init; }

    /// <summary>The refusal's message: <c>msg</c>, or <c>body</c> when it is a string (both are guesses, docs/vendors/portrait.md §3).</summary>
    public string? Message => Msg ?? (Body.ValueKind == JsonValueKind.String ? Body.GetString() : null);
}
