using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenerationGateway.Adapters.Hunyuan.VendorApi;

/// <summary>The create answer and the task answer share this shape (docs/vendors/hunyuan.md §5; SeaArt SDK <c>Task</c>).</summary>
sealed class SeaArtTaskAnswer
{
    public string? Id { get; init; }

    public string? Status { get; init; }

    public string? Model { get; init; }

    public double? Progress { get; init; }

    public SeaArtError? Error { get; init; }

    public SeaArtOutput[]? Output { get; init; }

    public SeaArtUsage? Usage { get; init; }
}

sealed class SeaArtError
{
    /// <summary>An integer for some models, a string for others (docs/vendors/hunyuan.md §7).</summary>
    public JsonElement Code { get; init; }

    public string? ErrorMessage { get; init; }

    public string? Message { get; init; }

    public string? CodeText => Code.ValueKind switch
    {
        JsonValueKind.String => Code.GetString(),
        JsonValueKind.Number => Code.GetRawText(),
        _ => null,
    };

    /// <summary><c>error_message</c>, or else <c>message</c>, as the SDK reads it.</summary>
    public string? Text => string.IsNullOrWhiteSpace(ErrorMessage) ? Message : ErrorMessage;
}

sealed class SeaArtOutput
{
    public SeaArtContent[]? Content { get; init; }
}

sealed class SeaArtContent
{
    public string? Type { get; init; }

    public string? Format { get; init; }

    public string? Url { get; init; }

    public string? PreviewUrl { get; init; }

    [JsonPropertyName("jobId")]
    public string? JobId { get; init; }
}

sealed class SeaArtUsage
{
    /// <summary>USD as a string; an empty string (or null) when the gateway has no billing for the task.</summary>
    public JsonElement Cost { get; init; }

    public int? Quantity { get; init; }

    public SeaArtExtraInfo? ExtraInfo { get; init; }
}

sealed class SeaArtExtraInfo
{
    [JsonPropertyName("ResultCreditConsumed")]
    public decimal? ResultCreditConsumed { get; init; }
}
