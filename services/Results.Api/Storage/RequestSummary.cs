using System.Text.Json;
using GenerationGateway.Contracts;

namespace GenerationGateway.Results.Api.Storage;

/// <summary>The request as kept with the record: the whole message, minus the callback secret.</summary>
public static class RequestSummary
{
    public static string ToJson(GenerationRequested request) =>
        JsonSerializer.Serialize(WithoutSecret(request), JsonSerializerOptions.Web);

    public static JsonElement ToElement(GenerationRequested request) =>
        JsonSerializer.SerializeToElement(WithoutSecret(request), JsonSerializerOptions.Web);

    static GenerationRequested WithoutSecret(GenerationRequested request) =>
        request.Callback is null ? request : request with { Callback = request.Callback with { Secret = null } };
}
