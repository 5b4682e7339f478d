using System.Text.Json.Serialization;

namespace GenerationGateway.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<GenerationStage>))]
public enum GenerationStage
{
    [JsonStringEnumMemberName("preparing")] Preparing,

    /// <summary>
    /// The vendor account is at its concurrency cap: the job waits in the vendor's queue for a slot (a submit that finds the
    /// vendor full moves back from submitting to queued; granted a slot, it submits again).
    /// </summary>
    [JsonStringEnumMemberName("queued")] Queued,
    [JsonStringEnumMemberName("submitting")] Submitting,
    [JsonStringEnumMemberName("processing")] Processing,
    [JsonStringEnumMemberName("collecting")] Collecting,
}
