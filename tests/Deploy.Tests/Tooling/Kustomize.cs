using System.Collections.Concurrent;

namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>Renders the overlays under deploy/k8s/overlays with <c>kubectl kustomize</c>, once per test run.</summary>
public static class Kustomize
{
    static readonly ConcurrentDictionary<string, Lazy<Task<RenderedOverlay>>> Renders = new(StringComparer.Ordinal);

    /// <summary>Every overlay directory: the tests run for each, so a new overlay is checked like the others.</summary>
    public static TheoryData<string> Overlays()
    {
        var overlays = Directory.GetDirectories(RepositoryLayout.Overlays).Select(Path.GetFileName).OfType<string>().Order().ToArray();
        Assert.NotEmpty(overlays);
        return [.. overlays];
    }

    public static Task<RenderedOverlay> RenderAsync(string overlay) =>
        Renders.GetOrAdd(overlay, name => new Lazy<Task<RenderedOverlay>>(() => BuildAsync(name))).Value;

    static async Task<RenderedOverlay> BuildAsync(string overlay)
    {
        var result = await ExternalCommand.RunAsync("kubectl", ["kustomize", Path.Combine("deploy", "k8s", "overlays", overlay)]);
        return new RenderedOverlay(overlay, YamlDocuments.Parse(result.Succeeded()).Select(node => node.AsObject()).ToArray());
    }
}
