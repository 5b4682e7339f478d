using System.Text.Json.Nodes;
using GenerationGateway.Deploy.Tests.Tooling;
using static GenerationGateway.Deploy.Tests.Tooling.RenderedOverlay;

namespace GenerationGateway.Deploy.Tests.Kubernetes;

/// <summary>Every rendered workload: health probes, resources, and a non-root, read-only, unprivileged runtime.</summary>
public sealed class WorkloadTests
{
    static readonly string[] Probes = ["livenessProbe", "readinessProbe"];
    static readonly string[] Bounds = ["requests", "limits"];
    static readonly string[] Resources = ["cpu", "memory"];
    static readonly string[] HostNamespaces = ["hostNetwork", "hostPID", "hostIPC"];
    static readonly string[] RestrictedVolumeTypes = ["emptyDir", "configMap", "secret", "persistentVolumeClaim", "projected", "downwardAPI", "ephemeral"];

    public static TheoryData<string> Overlays => Kustomize.Overlays();

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Overlay_renders_the_gateway(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);

        Assert.NotEmpty(rendered.GatewayWorkloads);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Gateway_containers_probe_liveness_and_readiness_on_their_health_endpoints(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var problems = new List<string>();
        foreach (var workload in rendered.GatewayWorkloads)
        {
            foreach (var container in PodSpec(workload)?["containers"].Items() ?? [])
            {
                CheckHttpProbe(workload, container, "livenessProbe", "/health/live", problems);
                CheckHttpProbe(workload, container, "readinessProbe", "/health/ready", problems);
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_container_has_liveness_and_readiness_probes(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);

        var missing = rendered.Workloads
            .SelectMany(workload => (PodSpec(workload)?["containers"].Items() ?? [])
                .SelectMany(container => Probes
                    .Where(probe => container[probe] is null)
                    .Select(probe => $"{Describe(workload)} container {container["name"].Text()}: no {probe}")))
            .ToList();

        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_container_requests_and_limits_cpu_and_memory(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);

        var missing = rendered.Workloads
            .SelectMany(workload => Containers(workload).SelectMany(container =>
                from bound in Bounds
                from resource in Resources
                where string.IsNullOrEmpty(container["resources"]?[bound]?[resource].Text())
                select $"{Describe(workload)} container {container["name"].Text()}: no {bound}.{resource}"))
            .ToList();

        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_workload_runs_as_non_root_on_a_read_only_root_file_system_without_privileges(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);

        var problems = rendered.Workloads.SelectMany(SecurityProblems).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_workload_uses_only_volumes_the_restricted_standard_allows(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);

        var problems = rendered.Workloads
            .SelectMany(workload => (PodSpec(workload)?["volumes"].Items() ?? [])
                .SelectMany(volume => volume.Entries().Select(entry => entry.Key).Where(key => key != "name" && !RestrictedVolumeTypes.Contains(key))
                    .Select(key => $"{Describe(workload)} volume {volume["name"].Text()}: {key}")))
            .ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Gateway_pods_get_no_service_account_token(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);

        var mounting = rendered.GatewayWorkloads
            .Where(workload => PodSpec(workload)?["automountServiceAccountToken"].Text() != "false")
            .Select(Describe)
            .ToList();

        Assert.True(mounting.Count == 0, $"These pods mount an API token they never use: {string.Join(", ", mounting)}");
    }

    static void CheckHttpProbe(JsonNode workload, JsonNode container, string probe, string path, List<string> problems)
    {
        var where = $"{Describe(workload)} container {container["name"].Text()} {probe}";
        var get = container[probe]?["httpGet"];
        if (get is null)
        {
            problems.Add($"{where}: not an HTTP GET probe");
            return;
        }

        if (get["path"].Text() != path)
        {
            problems.Add($"{where}: path {get["path"].Text()}, expected {path}");
        }

        var port = get["port"].Text();
        var ports = container["ports"].Items().ToList();
        if (!ports.Any(item => item["name"].Text() == port || item["containerPort"].Text() == port))
        {
            problems.Add($"{where}: port {port} is not a port of the container");
        }
    }

    static IEnumerable<string> SecurityProblems(JsonNode workload)
    {
        var pod = PodSpec(workload);
        var podContext = pod?["securityContext"];
        foreach (var flag in HostNamespaces)
        {
            if (pod?[flag].Text() == "true")
            {
                yield return $"{Describe(workload)}: {flag}";
            }
        }

        foreach (var container in Containers(workload))
        {
            var where = $"{Describe(workload)} container {container["name"].Text()}";
            var context = container["securityContext"];
            string? Effective(string field) => context?[field].Text() ?? podContext?[field].Text();

            if (Effective("runAsNonRoot") != "true")
            {
                yield return $"{where}: runAsNonRoot is not true";
            }

            if (Effective("runAsUser") == "0")
            {
                yield return $"{where}: runs as UID 0";
            }

            if (context?["allowPrivilegeEscalation"].Text() != "false")
            {
                yield return $"{where}: allowPrivilegeEscalation is not false";
            }

            if (context?["readOnlyRootFilesystem"].Text() != "true")
            {
                yield return $"{where}: readOnlyRootFilesystem is not true";
            }

            if (context?["privileged"].Text() == "true")
            {
                yield return $"{where}: privileged";
            }

            var dropped = context?["capabilities"]?["drop"].Texts() ?? [];
            var added = context?["capabilities"]?["add"].Items() ?? [];
            if (!dropped.Contains("ALL") || added.Any())
            {
                yield return $"{where}: capabilities are not drop [ALL] with nothing added";
            }

            var seccomp = context?["seccompProfile"]?["type"].Text() ?? podContext?["seccompProfile"]?["type"].Text();
            if (seccomp is not ("RuntimeDefault" or "Localhost"))
            {
                yield return $"{where}: seccompProfile is {seccomp ?? "unset"}, expected RuntimeDefault";
            }
        }
    }
}
