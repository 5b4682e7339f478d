using Refit;

namespace GenerationGateway.Adapters.Aholo.VendorApi;

/// <summary>
/// The upload host (OUS) a token names (docs/vendors/aholo.md §4): each call goes to an absolute URL built from the token's origin,
/// with only the <c>ous-token-v2</c> header, never the open-platform signature.
/// </summary>
[Headers("Accept: application/json")]
interface IAholoUploadApi
{
    /// <summary><c>POST single/upload</c>: the part <c>file</c>, then <c>md5</c>.</summary>
    [Multipart]
    [Post("")]
    Task<HttpResponseMessage> SingleUploadAsync(
        [Url] Uri url, [Header(AholoUploadHeaders.Token)] string token, [AliasAs("file")] StreamPart file, [AliasAs("md5")] string md5, CancellationToken cancellationToken);

    /// <summary><c>POST block/upload/init?md5&amp;blocks&amp;size&amp;name</c>: the official SDK sends them as query parameters.</summary>
    [Post("")]
    Task<HttpResponseMessage> InitBlockUploadAsync(
        [Url] Uri url, [Header(AholoUploadHeaders.Token)] string token,
        [AliasAs("md5")] string md5, [AliasAs("blocks")] long blocks, [AliasAs("size")] long size, [AliasAs("name")] string name,
        CancellationToken cancellationToken);

    /// <summary><c>POST block/upload/part</c>: the part <c>block</c> (1-based), then <c>file</c>.</summary>
    [Multipart]
    [Post("")]
    Task<HttpResponseMessage> UploadBlockAsync(
        [Url] Uri url, [Header(AholoUploadHeaders.Token)] string token, [AliasAs("block")] string block, [AliasAs("file")] StreamPart file, CancellationToken cancellationToken);

    /// <summary><c>GET upload/status</c> of the upload bound to the token.</summary>
    [Get("")]
    Task<HttpResponseMessage> GetStatusAsync([Url] Uri url, [Header(AholoUploadHeaders.Token)] string token, CancellationToken cancellationToken);
}
