using System.Text.Json.Serialization;

namespace GenerationGateway.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<Topology>))]
public enum Topology
{
    [JsonStringEnumMemberName("triangle")] Triangle,
    [JsonStringEnumMemberName("quad")] Quad,
}
