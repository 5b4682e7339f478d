using GenerationGateway.Adapters.Portrait.Client;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Portrait.Styles;

/// <summary>The vendor's style catalogue, kept for <see cref="PortraitOptions.StyleCacheDuration"/> between fetches.</summary>
public sealed class PortraitStyleCatalog(IPortraitClient client, PortraitStyleCache cache, TimeProvider clock, IOptions<PortraitOptions> options)
{
    public Task<IReadOnlyList<PortraitStyle>> GetAsync(CancellationToken cancellationToken) => LoadAsync(force: false, cancellationToken);

    /// <summary>The style with id <paramref name="styleId"/>; a miss fetches the catalogue again once (the vendor may have added it).</summary>
    public async Task<PortraitStyle?> FindAsync(string styleId, CancellationToken cancellationToken) =>
        Find(await LoadAsync(force: false, cancellationToken), styleId)
        ?? Find(await LoadAsync(force: true, cancellationToken), styleId);

    static PortraitStyle? Find(IReadOnlyList<PortraitStyle> styles, string styleId) => styles.FirstOrDefault(style => style.Id == styleId);

    async Task<IReadOnlyList<PortraitStyle>> LoadAsync(bool force, CancellationToken cancellationToken)
    {
        var seen = cache.FetchedAt;
        if (!force && Fresh() is { } styles)
        {
            return styles;
        }

        await cache.Refresh.WaitAsync(cancellationToken);
        try
        {
            // Someone else fetched while this caller waited: their answer is as new as this caller's would be.
            if (cache.FetchedAt != seen && cache.Styles is { } fetched)
            {
                return fetched;
            }

            if (!force && Fresh() is { } fresh)
            {
                return fresh;
            }

            var answer = await client.GetStylesAsync(cancellationToken);
            cache.Store(answer, clock.GetUtcNow());
            return answer;
        }
        finally
        {
            cache.Refresh.Release();
        }
    }

    IReadOnlyList<PortraitStyle>? Fresh() =>
        cache.Styles is { } styles && clock.GetUtcNow() - cache.FetchedAt < options.Value.StyleCacheDuration ? styles : null;
}
