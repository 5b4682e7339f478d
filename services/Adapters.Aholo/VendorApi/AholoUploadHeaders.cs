namespace GenerationGateway.Adapters.Aholo.VendorApi;

static class AholoUploadHeaders
{
    /// <summary>The upload token, on every call to the upload host.</summary>
    public const string Token = "ous-token-v2";
}
