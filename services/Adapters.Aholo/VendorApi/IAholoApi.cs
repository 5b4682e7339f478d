using Refit;

namespace GenerationGateway.Adapters.Aholo.VendorApi;

/// <summary>
/// The open-platform calls that create something (docs/vendors/aholo.md §4–6): an upload token, a paid project. Every request
/// is signed by <see cref="AholoSignatureHandler"/>. Its client has no retry: none of them is sent twice.
/// </summary>
[Headers("Accept: application/json")]
interface IAholoApi
{
    /// <summary><c>GET upload/token</c>.</summary>
    [Get("/upload/token")]
    Task<HttpResponseMessage> GetUploadTokenAsync(CancellationToken cancellationToken);

    /// <summary><c>POST project/create-3d-recon</c>.</summary>
    [Post("/project/create-3d-recon")]
    Task<HttpResponseMessage> CreateReconstructionAsync([Body] AholoReconstructionBody body, CancellationToken cancellationToken);

    /// <summary><c>POST project/create-3d-gen</c>.</summary>
    [Post("/project/create-3d-gen")]
    Task<HttpResponseMessage> CreateGenerationAsync([Body] AholoGenerationBody body, CancellationToken cancellationToken);
}
