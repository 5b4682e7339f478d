using System.Text.Json.Serialization;

namespace GenerationGateway.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<TaskKind>))]
public enum TaskKind
{
    [JsonStringEnumMemberName("text-to-3d")] TextTo3d,
    [JsonStringEnumMemberName("image-to-3d")] ImageTo3d,
    [JsonStringEnumMemberName("multi-view-to-3d")] MultiViewTo3d,
    [JsonStringEnumMemberName("sketch-to-3d")] SketchTo3d,
    [JsonStringEnumMemberName("scene-reconstruction")] SceneReconstruction,
    [JsonStringEnumMemberName("object-reconstruction")] ObjectReconstruction,
    [JsonStringEnumMemberName("character-from-photo")] CharacterFromPhoto,
    [JsonStringEnumMemberName("portrait-photo-set")] PortraitPhotoSet,
}
