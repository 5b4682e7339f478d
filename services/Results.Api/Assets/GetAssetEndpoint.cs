using System.Globalization;
using System.Security.Claims;
using GenerationGateway.AssetStore;
using GenerationGateway.Identity;
using GenerationGateway.Results.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GenerationGateway.Results.Api.Assets;

/// <summary>
/// <c>GET /v1/assets/{**key}</c>: streams a stored asset (the gateway's download URL), or redirects to the store's
/// presigned URL when it hands them out (<c>AssetStore:S3:PresignDownloads</c>); only to the tenant of the asset's
/// generation. 404 when there is none, and for another tenant's asset.
/// </summary>
public static class GetAssetEndpoint
{
    public static async Task<Results<FileStreamHttpResult, RedirectHttpResult, ProblemHttpResult>> HandleAsync(
        string key, ClaimsPrincipal user, IAssetStore assets, IGenerationStore generations, HttpResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await BelongsToAsync(key, user.TenantId(), generations, cancellationToken))
        {
            return NotFound(key);
        }

        if (await assets.GetDownloadUrlAsync(key, cancellationToken) is { } direct)
        {
            return TypedResults.Redirect(direct.AbsoluteUri);
        }

        if (await assets.OpenAsync(key, cancellationToken) is not { } asset)
        {
            return NotFound(key);
        }

        // A file answers ranges and its length itself; a stream from object storage cannot seek, so the length the
        // store recorded is announced instead (clients show progress and detect truncation), and ranges are not offered.
        if (!asset.Content.CanSeek)
        {
            response.ContentLength = asset.SizeBytes;
        }

        return TypedResults.Stream(asset.Content, asset.ContentType, fileDownloadName: key[(key.LastIndexOf('/') + 1)..], enableRangeProcessing: asset.Content.CanSeek);
    }

    /// <summary>An asset key starts with its generation's id (<see cref="AssetKey.For"/>); that generation must be the tenant's.</summary>
    static async Task<bool> BelongsToAsync(string key, string tenantId, IGenerationStore generations, CancellationToken cancellationToken)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash > 0
            && Guid.TryParseExact(key[..slash], "N", out var generationId)
            && await generations.FindAsync(generationId, cancellationToken) is { } generation
            && string.Equals(generation.TenantId, tenantId, StringComparison.Ordinal);
    }

    static ProblemHttpResult NotFound(string key) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Asset not found",
            detail: string.Create(CultureInfo.InvariantCulture, $"No asset is stored under '{key}'."),
            extensions: new Dictionary<string, object?> { ["field"] = "key" });
}
