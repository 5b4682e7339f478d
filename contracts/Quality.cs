using System.Text.Json.Serialization;

namespace GenerationGateway.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<Quality>))]
public enum Quality
{
    [JsonStringEnumMemberName("low")] Low,
    [JsonStringEnumMemberName("medium")] Medium,
    [JsonStringEnumMemberName("high")] High,
    [JsonStringEnumMemberName("ultra")] Ultra,
}
