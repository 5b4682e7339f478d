using System.Globalization;
using GenerationGateway.AssetStore;
using GenerationGateway.Identity;
using GenerationGateway.Results.Api.Storage;

namespace GenerationGateway.Results.Api.Assets;

/// <summary>
/// <c>GET /v1/assets/{**key}</c> (the generation id in the key with or without dashes): streams a stored asset, or redirects to the store's presigned URL when it hands them
/// out (<c>AssetStore:S3:PresignDownloads</c>). Served through the signed URL of a generation's manifest
/// (<c>?expires=…&amp;signature=…</c>, no header needed), or with a key holding <c>generations:read</c> of the asset's
/// tenant. 404 when there is none, and for another tenant's asset.
/// </summary>
public static class GetAssetEndpoint
{
    public static async Task<IResult> HandleAsync(
        string key, HttpContext context, AssetUrlSigner signer, IAssetStore assets, IGenerationStore generations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(signer);
        key = Canonical(key);
        var query = context.Request.Query;
        if (query.ContainsKey(AssetUrlSigner.SignatureParameter) || query.ContainsKey(AssetUrlSigner.ExpiresParameter))
        {
            if (!signer.IsValid(key, query[AssetUrlSigner.ExpiresParameter], query[AssetUrlSigner.SignatureParameter]))
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "The asset URL's signature is invalid or has expired.",
                    detail: "Read the generation again for a freshly signed URL, or send 'Authorization: Bearer <api key>' without a signature.",
                    extensions: new Dictionary<string, object?> { ["field"] = AssetUrlSigner.SignatureParameter });
            }
        }
        else
        {
            var user = context.User;
            if (user.Identity?.IsAuthenticated != true)
            {
                return TypedResults.Challenge();
            }

            if (!user.HasScope(GatewayScopes.GenerationsRead) || !user.HasTenant())
            {
                return TypedResults.Forbid();
            }

            if (!await BelongsToAsync(key, user.TenantId(), generations, cancellationToken))
            {
                return NotFound(key);
            }
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
            context.Response.ContentLength = asset.SizeBytes;
        }

        return TypedResults.Stream(asset.Content, asset.ContentType, fileDownloadName: key[(key.LastIndexOf('/') + 1)..], enableRangeProcessing: asset.Content.CanSeek);
    }

    /// <summary>The stored form of a key: its generation id without dashes (<c>N</c>), however the caller wrote it.</summary>
    static string Canonical(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && Guid.TryParse(key[..slash], out var generationId)
            ? generationId.ToString("N", CultureInfo.InvariantCulture) + key[slash..]
            : key;
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

    static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string key) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Asset not found",
            detail: string.Create(CultureInfo.InvariantCulture, $"No asset is stored under '{key}'."),
            extensions: new Dictionary<string, object?> { ["field"] = "key" });
}
