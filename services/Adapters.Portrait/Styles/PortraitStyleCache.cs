using GenerationGateway.Adapters.Portrait.Client;

namespace GenerationGateway.Adapters.Portrait.Styles;

/// <summary>The last style catalogue fetched and when; one fetch at a time (a singleton shared by every caller).</summary>
public sealed class PortraitStyleCache
{
    public SemaphoreSlim Refresh { get; } = new(1, 1);

    public IReadOnlyList<PortraitStyle>? Styles { get; private set; }

    public DateTimeOffset FetchedAt { get; private set; }

    public void Store(IReadOnlyList<PortraitStyle> styles, DateTimeOffset fetchedAt)
    {
        Styles = styles;
        FetchedAt = fetchedAt;
    }
}
