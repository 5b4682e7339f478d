using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GenerationGateway.TestSupport.Infrastructure.Webhooks;

/// <summary>One POST the receiver got: the raw body, every header, and the status it answered.</summary>
public sealed record ReceivedWebhook(string Body, IHeaderDictionary Headers, int AnsweredStatus)
{
    public string? Id => Headers["webhook-id"];

    public string Type => JsonDocument.Parse(Body).RootElement.GetProperty("type").GetString()!;

    public Guid GenerationId => JsonDocument.Parse(Body).RootElement.GetProperty("data").GetProperty("id").GetGuid();
}
