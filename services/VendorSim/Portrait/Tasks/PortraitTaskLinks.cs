using GenerationGateway.VendorSim.Downloads;
using GenerationGateway.VendorSim.Portrait.Api;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Portrait.Tasks;

/// <summary>Describes a task as the vendor does, its result paths signed to expire after <c>DownloadLinkLifetime</c>.</summary>
public sealed class PortraitTaskLinks(DownloadTokens tokens, TimeProvider time, IOptions<PortraitSimulatorOptions> options)
{
    /// <summary>The task's <c>aigc_task_query</c> body now; links start with <paramref name="linkRoot"/> (scheme, host, path base).</summary>
    public PortraitTaskBody Describe(PortraitTask task, string linkRoot)
    {
        ArgumentNullException.ThrowIfNull(task);
        var now = time.GetUtcNow();
        var state = task.StateAt(now);
        var expiresAt = now + options.Value.DownloadLinkLifetime;
        var paths = task.PhotoNames(state)
            .Select(name => new Uri($"{linkRoot}{PortraitRoutes.Files}/{tokens.Create(task.Id, name, expiresAt)}/{Uri.EscapeDataString(name)}"))
            .ToList();
        return new PortraitTaskBody((int)state, task.Id, (int)task.Type, paths);
    }

    /// <summary>The root links are built on for answers to <paramref name="request"/>.</summary>
    public static string RootFor(PublicBaseUrl baseUrl, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return baseUrl.For(request, "/").AbsoluteUri.TrimEnd('/');
    }
}
