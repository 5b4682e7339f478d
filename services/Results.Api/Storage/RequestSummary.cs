using System.Text.Json;
using GenerationGateway.Contracts;

namespace GenerationGateway.Results.Api.Storage;

/// <summary>
/// The request as kept with the record: the message as the contract defines it. A <c>callback.secret</c> that a
/// message published before that field was removed may still carry is not part of the contract, so it is not kept.
/// </summary>
public static class RequestSummary
{
    public static string ToJson(GenerationRequested request) =>
        JsonSerializer.Serialize(request, JsonSerializerOptions.Web);

    public static JsonElement ToElement(GenerationRequested request) =>
        JsonSerializer.SerializeToElement(request, JsonSerializerOptions.Web);
}
