using GenerationGateway.VendorSim.Aholo.Uploads;
using GenerationGateway.VendorSim.Downloads;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Aholo;

/// <summary>
/// Signed, expiring links on the simulator's file host <c>/aholo/files/{token}/{name}</c>: uploaded files
/// (resource id <c>in{fileId}</c>) and job results (<c>out{projectId}</c>).
/// </summary>
public sealed class AholoLinks(
    DownloadTokens tokens, PublicBaseUrl baseUrl, TimeProvider time, IOptions<AholoSimulatorOptions> options, AholoUploadStorage storage)
{
    public const string UploadPrefix = "in";
    public const string ResultPrefix = "out";

    public Uri Upload(HttpRequest request, AholoStoredFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Link(request, UploadPrefix + file.Id, file.Name, options.Value.UploadLinkLifetime);
    }

    public Uri Result(HttpRequest request, string projectId, string name) =>
        Link(request, ResultPrefix + projectId, name, options.Value.ResultLinkLifetime);

    /// <summary>Null when <paramref name="url"/> is a live link to a file this upload host holds; else why not.</summary>
    public string? ProblemWithUploadedUrl(string url)
    {
        var marker = AholoRoutes.Files + "/";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.AbsolutePath.IndexOf(marker, StringComparison.Ordinal) is var at && at < 0)
        {
            return "is not a URL the upload host (OUS) returned.";
        }

        var parts = uri.AbsolutePath[(at + marker.Length)..].Split('/');
        if (parts.Length != 2)
        {
            return "is not a URL the upload host (OUS) returned.";
        }

        return tokens.Check(parts[0], Uri.UnescapeDataString(parts[1]), time.GetUtcNow(), out var resource) switch
        {
            DownloadTokenStatus.Expired => "has expired.",
            DownloadTokenStatus.Valid when resource.StartsWith(UploadPrefix, StringComparison.Ordinal)
                && storage.FindFile(resource[UploadPrefix.Length..]) is not null => null,
            _ => "is not a URL the upload host (OUS) returned.",
        };
    }

    private Uri Link(HttpRequest request, string resourceId, string name, TimeSpan lifetime)
    {
        var token = tokens.Create(resourceId, name, time.GetUtcNow() + lifetime);
        return baseUrl.For(request, $"{AholoRoutes.Files}/{token}/{Uri.EscapeDataString(name)}");
    }
}
