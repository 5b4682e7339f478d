using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Assets;

/// <summary>Content types of the asset formats, for vendors whose downloads do not say.</summary>
public static class AssetContentTypes
{
    public const string OctetStream = "application/octet-stream";

    public static string For(AssetFormat format) => format switch
    {
        AssetFormat.Glb => "model/gltf-binary",
        AssetFormat.Obj => "model/obj",
        AssetFormat.Fbx => "application/octet-stream",
        AssetFormat.Usdz => "model/vnd.usdz+zip",
        AssetFormat.Stl => "model/stl",
        AssetFormat.Ply => "application/x-ply",
        AssetFormat.Spz => "application/octet-stream",
        AssetFormat.Sog => "application/octet-stream",
        AssetFormat.Png => "image/png",
        AssetFormat.Jpg => "image/jpeg",
        AssetFormat.Webp => "image/webp",
        AssetFormat.Mp4 => "video/mp4",
        AssetFormat.Zip => "application/zip",
        AssetFormat.Json => "application/json",
        _ => OctetStream,
    };
}
