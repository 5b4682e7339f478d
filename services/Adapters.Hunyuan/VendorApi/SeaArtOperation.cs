namespace GenerationGateway.Adapters.Hunyuan.VendorApi;

enum SeaArtOperation
{
    /// <summary><c>POST v1/generation</c>.</summary>
    Create,

    /// <summary><c>GET v1/generation/task/{id}</c>.</summary>
    Task,
}
