using GenerationGateway.Deploy.Tests.Tooling;
using static GenerationGateway.Deploy.Tests.Tooling.RenderedOverlay;

namespace GenerationGateway.Deploy.Tests.Kubernetes;

/// <summary>Vendor keys, passwords and connection strings reach pods from Secrets only.</summary>
public sealed class SecretTests
{
    public static TheoryData<string> Overlays => Kustomize.Overlays();

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_adapter_reads_its_vendor_credentials_from_a_secret(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var problems = new List<string>();
        foreach (var adapter in Deployables.Adapters)
        {
            Assert.NotEmpty(adapter.CredentialSettings);
            var container = rendered.Deployment(adapter.Name) is { } deployment ? Containers(deployment).First() : null;
            if (container is null)
            {
                problems.Add($"{adapter.Name}: no Deployment");
                continue;
            }

            problems.AddRange(adapter.CredentialVariables
                .Where(variable => container["env"].Items().SingleOrDefault(item => item["name"].Text() == variable)?["valueFrom"]?["secretKeyRef"] is null)
                .Select(variable => $"{adapter.Name}: {variable} is not read from a Secret"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_credential_and_connection_string_in_a_container_comes_from_a_secret(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);

        var problems = rendered.Workloads
            .SelectMany(workload => Containers(workload).SelectMany(container => container["env"].Items()
                .Where(item => SecretSettings.IsSecretName(item["name"].Text() ?? "") && item["valueFrom"]?["secretKeyRef"] is null)
                .Select(item => $"{Describe(workload)}: {item["name"].Text()} is not read from a Secret")))
            .ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task No_config_map_holds_a_credential(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);

        var problems = rendered.OfKind("ConfigMap")
            .SelectMany(map => map["data"].Entries()
                .Where(entry => SecretSettings.IsSecretName(entry.Key) || SecretSettings.CarriesPassword(entry.Value.Text() ?? ""))
                .Select(entry => $"ConfigMap {NameOf(map)}: {entry.Key}"))
            .ToList();

        Assert.True(problems.Count == 0, $"Credentials belong in Secrets:\n{string.Join('\n', problems)}");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_secret_reference_names_a_key_of_a_rendered_secret_or_none_are_rendered(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var secrets = rendered.OfKind("Secret").ToDictionary(NameOf, secret =>
            secret["data"].Entries().Concat(secret["stringData"].Entries()).Select(entry => entry.Key).ToHashSet(StringComparer.Ordinal));
        if (secrets.Count == 0)
        {
            return;
        }

        var dangling = rendered.Workloads
            .SelectMany(workload => Containers(workload).SelectMany(container => container["env"].Items()
                .Select(item => item["valueFrom"]?["secretKeyRef"])
                .OfType<System.Text.Json.Nodes.JsonNode>()
                .Where(reference => !secrets.TryGetValue(reference["name"].Text() ?? "", out var keys) || !keys.Contains(reference["key"].Text() ?? ""))
                .Select(reference => $"{Describe(workload)}: Secret {reference["name"].Text()} key {reference["key"].Text()}")))
            .ToList();

        Assert.True(dangling.Count == 0, string.Join('\n', dangling));
    }

    [Fact]
    public async Task Production_renders_no_secret_so_real_credentials_never_enter_the_repository()
    {
        var rendered = await Kustomize.RenderAsync("production");

        Assert.Empty(rendered.OfKind("Secret").Select(NameOf));
    }
}
