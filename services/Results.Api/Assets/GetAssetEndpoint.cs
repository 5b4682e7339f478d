using GenerationGateway.AssetStore;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GenerationGateway.Results.Api.Assets;

/// <summary>
/// <c>GET /v1/assets/{**key}</c>: streams a stored asset (the gateway's download URL), or redirects to the store's
/// presigned URL when it hands them out (<c>AssetStore:S3:PresignDownloads</c>); 404 when there is none.
/// </summary>
public static class GetAssetEndpoint
{
    public static async Task<Results<FileStreamHttpResult, RedirectHttpResult, ProblemHttpResult>> HandleAsync(
        string key, IAssetStore assets, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await assets.GetDownloadUrlAsync(key, cancellationToken) is { } direct)
        {
            return TypedResults.Redirect(direct.AbsoluteUri);
        }

        if (await assets.OpenAsync(key, cancellationToken) is not { } asset)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Asset not found",
                detail: $"No asset is stored under '{key}'.");
        }

        // A file answers ranges and its length itself; a stream from object storage cannot seek, so the length the
        // store recorded is announced instead (clients show progress and detect truncation), and ranges are not offered.
        if (!asset.Content.CanSeek)
        {
            response.ContentLength = asset.SizeBytes;
        }

        return TypedResults.Stream(asset.Content, asset.ContentType, fileDownloadName: key[(key.LastIndexOf('/') + 1)..], enableRangeProcessing: asset.Content.CanSeek);
    }
}
