using System.Text.Json.Serialization;

namespace GenerationGateway.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<GenerationStage>))]
public enum GenerationStage
{
    [JsonStringEnumMemberName("preparing")] Preparing,
    [JsonStringEnumMemberName("submitting")] Submitting,
    [JsonStringEnumMemberName("processing")] Processing,
    [JsonStringEnumMemberName("collecting")] Collecting,
}
