using System.Text.Json.Nodes;
using GenerationGateway.Deploy.Tests.Tooling;
using static GenerationGateway.Deploy.Tests.Tooling.RenderedOverlay;

namespace GenerationGateway.Deploy.Tests.Kubernetes;

/// <summary>What each overlay deploys and how the services are configured in it.</summary>
public sealed class OverlayTests
{
    const string Sandbox = "sandbox";
    const string SimulatorAddress = "http://vendorsim:8080/";

    public static TheoryData<string> Overlays => Kustomize.Overlays();

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_deployable_service_runs_as_a_deployment_of_its_own_image(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);

        var missing = Deployables.Services
            .Where(service => !service.IsSimulator || overlay == Sandbox)
            .Where(service => rendered.Deployment(service.Name) is not { } deployment
                || !Containers(deployment).Any(container => ImageName(container).EndsWith($"generation-gateway/{service.Name}", StringComparison.Ordinal)))
            .Select(service => $"{service.Project} ({service.Name})")
            .ToList();

        Assert.True(missing.Count == 0, $"Not deployed: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Simulators_run_in_the_sandbox_only(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var simulators = Deployables.Services.Where(service => service.IsSimulator).Select(service => service.Name).ToList();
        Assert.NotEmpty(simulators);

        var deployed = rendered.Workloads.Select(NameOf).Intersect(simulators).ToList();
        var mentioned = rendered.OfKind("ConfigMap")
            .SelectMany(map => map["data"].Entries())
            .Where(entry => simulators.Any(simulator => entry.Value.Text()?.Contains($"//{simulator}", StringComparison.Ordinal) is true))
            .Select(entry => entry.Key)
            .ToList();

        if (overlay == Sandbox)
        {
            Assert.Equal(simulators, deployed);
        }
        else
        {
            Assert.Empty(deployed);
            Assert.Empty(mentioned);
        }
    }

    [Fact]
    public async Task Sandbox_adapters_call_the_simulators()
    {
        var rendered = await Kustomize.RenderAsync(Sandbox);

        var elsewhere = Deployables.Adapters
            .Select(adapter => (adapter, url: rendered.PlainValue(Containers(rendered.Deployment(adapter.Name)!).First(), $"{adapter.VendorSection!.Replace(":", "__", StringComparison.Ordinal)}__BaseUrl")))
            .Where(pair => pair.url?.StartsWith(SimulatorAddress, StringComparison.Ordinal) is not true)
            .Select(pair => $"{pair.adapter.Name}: {pair.url ?? "no BaseUrl"}")
            .ToList();

        Assert.True(elsewhere.Count == 0, string.Join('\n', elsewhere));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Gateway_services_use_rabbitmq_and_export_telemetry_under_their_own_names(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var problems = new List<string>();
        foreach (var service in Deployables.Services.Where(service => service.UsesPlatform))
        {
            var container = Containers(rendered.Deployment(service.Name)!).First();
            Expect(rendered.PlainValue(container, "Messaging__Transport"), "RabbitMq", service, "Messaging__Transport", problems);
            Expect(rendered.PlainValue(container, "OTEL_SERVICE_NAME"), service.Name, service, "OTEL_SERVICE_NAME", problems);
            if (rendered.PlainValue(container, "OTEL_EXPORTER_OTLP_ENDPOINT") is not { Length: > 0 })
            {
                problems.Add($"{service.Name}: no OTEL_EXPORTER_OTLP_ENDPOINT");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_service_has_its_own_database(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);

        var connections = Deployables.Services.Where(service => service.UsesPlatform)
            .Select(service => (service.Name, Reference: Containers(rendered.Deployment(service.Name)!).First()["env"].Items()
                .Where(item => item["name"].Text()?.StartsWith("ConnectionStrings__", StringComparison.Ordinal) is true
                    && item["name"].Text() != "ConnectionStrings__Identity")
                .Select(item => item["valueFrom"]?["secretKeyRef"])
                .Select(reference => $"{reference?["name"].Text()}/{reference?["key"].Text()}")
                .SingleOrDefault()))
            .ToList();
        // The identity store (API keys) is the one database services share: intake, results, webhooks and the portrait adapter.
        var identity = Deployables.Services.Where(service => service.UsesPlatform)
            .SelectMany(service => Containers(rendered.Deployment(service.Name)!).First()["env"].Items()
                .Where(item => item["name"].Text() == "ConnectionStrings__Identity")
                .Select(item => $"{item["valueFrom"]?["secretKeyRef"]?["name"].Text()}/{item["valueFrom"]?["secretKeyRef"]?["key"].Text()}"))
            .ToList();

        Assert.All(connections, connection => Assert.False(connection.Reference is null, $"{connection.Name}: no connection string"));
        Assert.Equal(connections.Count, connections.Select(connection => connection.Reference).Distinct().Count());
        Assert.Equal(4, identity.Count);
        Assert.Equal("gateway-identity/connection-string", Assert.Single(identity.Distinct()));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Adapters_write_and_results_reads_the_same_asset_volume_at_the_asset_store_root(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var writers = Deployables.Adapters.Select(adapter => rendered.Deployment(adapter.Name)!).ToList();
        var reader = rendered.Deployment("results-api")!;
        if (AssetStoreProvider(rendered, reader) == "S3")
        {
            return;
        }

        var claims = new HashSet<string>(StringComparer.Ordinal);
        foreach (var deployment in writers.Append(reader))
        {
            var container = Containers(deployment).First();
            var root = rendered.PlainValue(container, "AssetStore__RootPath");
            var mount = container["volumeMounts"].Items().SingleOrDefault(item => item["mountPath"].Text() == root);
            var volume = PodSpec(deployment)?["volumes"].Items().SingleOrDefault(item => item["name"].Text() == mount?["name"].Text());
            var claim = volume?["persistentVolumeClaim"]?["claimName"].Text();
            Assert.False(claim is null, $"{Describe(deployment)}: AssetStore__RootPath {root ?? "(unset)"} is not a mounted PersistentVolumeClaim");
            claims.Add(claim!);
            Assert.Equal(ReferenceEquals(deployment, reader), mount?["readOnly"].Text() == "true");
        }

        var shared = Assert.Single(claims);
        Assert.NotNull(rendered.Find("PersistentVolumeClaim", shared));
        if (overlay != Sandbox)
        {
            Assert.Contains("ReadWriteMany", rendered.Find("PersistentVolumeClaim", shared)!["spec"]?["accessModes"].Texts() ?? []);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Adapters_and_results_use_one_asset_store_and_an_s3_bucket_is_reached_with_keys_from_a_secret(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var deployments = Deployables.Adapters.Select(adapter => rendered.Deployment(adapter.Name)!).Append(rendered.Deployment("results-api")!).ToList();

        var providers = deployments.Select(deployment => AssetStoreProvider(rendered, deployment)).Distinct().ToList();
        var provider = Assert.Single(providers);
        if (provider != "S3")
        {
            return;
        }

        var buckets = deployments.Select(deployment => rendered.PlainValue(Containers(deployment).First(), "AssetStore__S3__Bucket")).Distinct().ToList();
        Assert.False(string.IsNullOrEmpty(Assert.Single(buckets)), "AssetStore__S3__Bucket is not set");
        foreach (var deployment in deployments)
        {
            var container = Containers(deployment).First();
            foreach (var variable in new[] { "AssetStore__S3__AccessKeyId", "AssetStore__S3__SecretAccessKey" })
            {
                var reference = container["env"].Items().SingleOrDefault(item => item["name"].Text() == variable)?["valueFrom"]?["secretKeyRef"];
                Assert.False(reference is null, $"{Describe(deployment)}: {variable} is not read from a Secret");
            }

            Assert.DoesNotContain(PodSpec(deployment)?["volumes"].Items() ?? [], volume => volume["persistentVolumeClaim"] is not null);
        }

        Assert.Empty(rendered.OfKind("PersistentVolumeClaim").Select(NameOf));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task The_namespace_enforces_the_restricted_pod_security_standard(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);

        var namespaceName = Assert.Single(rendered.OfKind("Namespace").Select(NameOf));
        Assert.Equal("restricted", rendered.Find("Namespace", namespaceName)!["metadata"]?["labels"]?["pod-security.kubernetes.io/enforce"].Text());
        Assert.All(rendered.Resources.Where(resource => resource["kind"].Text() != "Namespace"),
            resource => Assert.Equal(namespaceName, resource["metadata"]?["namespace"].Text()));
    }

    [Fact]
    public void Sandbox_copy_of_the_collector_configuration_matches_the_compose_original()
    {
        // The database script has one copy, the sandbox's, which compose mounts too (ComposeFileTests).
        Assert.Equal(
            RepositoryLayout.Read("deploy", "otel", "collector.yaml"),
            RepositoryLayout.Read("deploy", "k8s", "overlays", Sandbox, "telemetry", "collector.yaml"));
    }

    static void Expect(string? actual, string expected, Deployable service, string variable, List<string> problems)
    {
        if (actual != expected)
        {
            problems.Add($"{service.Name}: {variable} is {actual ?? "unset"}, expected {expected}");
        }
    }

    /// <summary><c>AssetStore__Provider</c> of the deployment's first container; the options' default when unset.</summary>
    static string AssetStoreProvider(RenderedOverlay rendered, JsonNode deployment) =>
        rendered.PlainValue(Containers(deployment).First(), "AssetStore__Provider") ?? "FileSystem";
}
