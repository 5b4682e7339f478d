using System.Text.Json;

namespace GenerationGateway.TestSupport.Sse;

/// <summary>One Server-Sent Event as a client reads it; a comment has <see cref="Comment"/> set and nothing else.</summary>
public sealed record SseEvent(string? Id, string? Name, string? Data, string? Comment = null)
{
    public JsonElement Json => JsonDocument.Parse(Data ?? "null").RootElement.Clone();
}
