using System.Text.Json;

namespace GenerationGateway.Adapters.Aholo.VendorApi;

/// <summary>Every Aholo answer: <c>{"c","d","m","f"}</c>; <c>c</c> is "0" (or 0) on success, else an error code with <c>m</c> (VENDORS.md §1.3).</summary>
sealed class AholoEnvelope
{
    public JsonElement? C { get; init; }

    public JsonElement D { get; init; }

    public string? M { get; init; }

    public string? Code => AholoJson.Text(C);

    public bool IsSuccess => Code == "0";
}
