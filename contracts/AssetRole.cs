using System.Text.Json.Serialization;

namespace GenerationGateway.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<AssetRole>))]
public enum AssetRole
{
    [JsonStringEnumMemberName("model")] Model,
    [JsonStringEnumMemberName("splat")] Splat,
    [JsonStringEnumMemberName("texture")] Texture,
    [JsonStringEnumMemberName("preview")] Preview,
    [JsonStringEnumMemberName("photo")] Photo,
    [JsonStringEnumMemberName("archive")] Archive,
}
