using GenerationGateway.Deploy.Tests.Tooling;
using static GenerationGateway.Deploy.Tests.Tooling.RenderedOverlay;

namespace GenerationGateway.Deploy.Tests.Kubernetes;

/// <summary>Every workload has a Service that reaches it and a PodDisruptionBudget that limits voluntary evictions.</summary>
public sealed class AvailabilityTests
{
    public static TheoryData<string> Overlays => Kustomize.Overlays();

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_workload_has_a_pod_disruption_budget(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);

        var unprotected = rendered.Workloads
            .Where(workload => !rendered.OfKind("PodDisruptionBudget").Any(budget =>
                LabelSelector.MatchesPlain(budget["spec"]?["selector"]?["matchLabels"], PodLabels(workload))
                && (budget["spec"]?["maxUnavailable"] is not null || budget["spec"]?["minAvailable"] is not null)))
            .Select(Describe)
            .ToList();

        Assert.True(unprotected.Count == 0, $"No PodDisruptionBudget: {string.Join(", ", unprotected)}");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_workload_has_a_service_whose_ports_reach_its_containers(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var problems = new List<string>();
        foreach (var workload in rendered.Workloads)
        {
            var services = rendered.OfKind("Service").Where(service => LabelSelector.MatchesPlain(service["spec"]?["selector"], PodLabels(workload))).ToList();
            if (services.Count == 0)
            {
                problems.Add($"{Describe(workload)}: no Service selects its pods");
            }

            var containerPorts = Containers(workload).SelectMany(container => container["ports"].Items())
                .SelectMany(port => new[] { port["name"].Text(), port["containerPort"].Text() })
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
            problems.AddRange(services.SelectMany(service => service["spec"]?["ports"].Items() ?? [])
                .Where(port => !containerPorts.Contains(port["targetPort"].Text() ?? port["port"].Text() ?? ""))
                .Select(port => $"{Describe(workload)}: Service port {port["port"].Text()} targets {port["targetPort"].Text()}, not a container port"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
