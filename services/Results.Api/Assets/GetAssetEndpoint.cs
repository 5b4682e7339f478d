using GenerationGateway.AssetStore;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GenerationGateway.Results.Api.Assets;

/// <summary><c>GET /v1/assets/{**key}</c>: streams a stored asset (the file-system store's download URL), or 404.</summary>
public static class GetAssetEndpoint
{
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> HandleAsync(
        string key, IAssetStore assets, CancellationToken cancellationToken) =>
        await assets.OpenAsync(key, cancellationToken) is { } asset
            ? TypedResults.Stream(asset.Content, asset.ContentType, fileDownloadName: key[(key.LastIndexOf('/') + 1)..], enableRangeProcessing: true)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Asset not found",
                detail: $"No asset is stored under '{key}'.");
}
