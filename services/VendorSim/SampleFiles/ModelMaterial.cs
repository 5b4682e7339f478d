namespace GenerationGateway.VendorSim.SampleFiles;

/// <summary>A glTF metallic-roughness material; <paramref name="BaseColor"/> is linear RGBA.</summary>
public sealed record ModelMaterial(string Name, float[] BaseColor, float Metallic, float Roughness, bool Unlit = false)
{
    public static ModelMaterial Pbr { get; } = new("pbr", [0.84f, 0.66f, 0.38f, 1f], 0.1f, 0.7f);

    public static ModelMaterial Shaded { get; } = new("shaded", [0.84f, 0.66f, 0.38f, 1f], 0f, 1f, Unlit: true);
}
