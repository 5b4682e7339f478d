using System.Text.Json.Serialization;

namespace GenerationGateway.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<AssetFormat>))]
public enum AssetFormat
{
    [JsonStringEnumMemberName("glb")] Glb,
    [JsonStringEnumMemberName("obj")] Obj,
    [JsonStringEnumMemberName("fbx")] Fbx,
    [JsonStringEnumMemberName("usdz")] Usdz,
    [JsonStringEnumMemberName("stl")] Stl,
    [JsonStringEnumMemberName("ply")] Ply,
    [JsonStringEnumMemberName("spz")] Spz,
    [JsonStringEnumMemberName("sog")] Sog,
    [JsonStringEnumMemberName("png")] Png,
    [JsonStringEnumMemberName("jpg")] Jpg,
    [JsonStringEnumMemberName("webp")] Webp,
    [JsonStringEnumMemberName("mp4")] Mp4,
    [JsonStringEnumMemberName("zip")] Zip,
    [JsonStringEnumMemberName("json")] Json,
    [JsonStringEnumMemberName("other")] Other,
}
