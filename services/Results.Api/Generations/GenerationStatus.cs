using System.Text.Json.Serialization;

namespace GenerationGateway.Results.Api.Generations;

/// <summary>Where a generation stands. The last three are terminal: once reached, the status never changes again.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GenerationStatus>))]
public enum GenerationStatus
{
    [JsonStringEnumMemberName("requested")] Requested,
    [JsonStringEnumMemberName("accepted")] Accepted,
    [JsonStringEnumMemberName("processing")] Processing,
    [JsonStringEnumMemberName("completed")] Completed,
    [JsonStringEnumMemberName("failed")] Failed,
    [JsonStringEnumMemberName("cancelled")] Cancelled,
}
