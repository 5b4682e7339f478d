using Microsoft.AspNetCore.Http;

namespace GenerationGateway.Webhooks.Tests;

/// <summary>One POST the receiver got: the raw body and every header.</summary>
public sealed record ReceivedWebhook(string Body, IHeaderDictionary Headers)
{
    public string? Id => Headers["webhook-id"];
}
