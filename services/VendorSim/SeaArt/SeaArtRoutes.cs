namespace GenerationGateway.VendorSim.SeaArt;

/// <summary>
/// Where the SeaArt gateway simulator lives. The vendor's multimodal base
/// <c>https://openresty-gateway.api.seaart.ai/model</c> maps to <see cref="ApiBase"/>.
/// </summary>
public static class SeaArtRoutes
{
    public const string Prefix = "/seaart";
    public const string ApiBase = Prefix + "/model";
    public const string Generation = "/v1/generation";
    public const string Task = "/v1/generation/task/{id}";
    public const string Files = Prefix + "/files";
    public const string Control = "/_sim/seaart";
}
