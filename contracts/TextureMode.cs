using System.Text.Json.Serialization;

namespace GenerationGateway.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<TextureMode>))]
public enum TextureMode
{
    /// <summary>Geometry only, no texture.</summary>
    [JsonStringEnumMemberName("none")] None,

    /// <summary>Baked colour texture.</summary>
    [JsonStringEnumMemberName("shaded")] Shaded,

    /// <summary>Physically based materials.</summary>
    [JsonStringEnumMemberName("pbr")] Pbr,
}
