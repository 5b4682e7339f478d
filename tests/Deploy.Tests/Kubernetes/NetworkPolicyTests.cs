using System.Text.Json.Nodes;
using GenerationGateway.Deploy.Tests.Tooling;
using static GenerationGateway.Deploy.Tests.Tooling.RenderedOverlay;

namespace GenerationGateway.Deploy.Tests.Kubernetes;

/// <summary>
/// Default deny, then exactly the traffic the gateway needs: evaluated like a CNI would, for each pair of
/// rendered pods (or a destination outside the cluster when the overlay runs no such pod).
/// </summary>
public sealed class NetworkPolicyTests
{
    const int Amqp = 5672;
    const int Postgres = 5432;
    const int Otlp = 4317;
    const int Http = 8080;

    static readonly Dictionary<int, string> PlatformServices = new()
    {
        [Amqp] = "rabbitmq",
        [Postgres] = "postgres",
        [Otlp] = "otel-collector",
    };

    public static TheoryData<string> Overlays => Kustomize.Overlays();

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task The_namespace_denies_all_traffic_by_default(string overlay)
    {
        var policies = Policies(await Kustomize.RenderAsync(overlay));

        Assert.True(policies.DeniesByDefault, "No NetworkPolicy selects every pod with Ingress and Egress and no rule.");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_pod_can_resolve_names(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var policies = Policies(rendered);

        var isolated = rendered.Workloads.Where(workload => !policies.AllowsEgress(PodLabels(workload), 53, null, "UDP")).Select(Describe).ToList();

        Assert.True(isolated.Count == 0, $"No DNS: {string.Join(", ", isolated)}");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Gateway_services_reach_the_broker_their_database_and_the_collector(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var policies = Policies(rendered);
        var problems = new List<string>();
        foreach (var workload in GatewayServices(rendered))
        {
            foreach (var port in new[] { Amqp, Postgres, Otlp })
            {
                problems.AddRange(Blocked(rendered, policies, workload, port));
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Adapters_reach_their_vendors(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var policies = Policies(rendered);
        var simulator = rendered.Workloads.FirstOrDefault(workload => Deployables.Services.Any(service => service.IsSimulator && service.Name == NameOf(workload)));
        var problems = new List<string>();
        foreach (var adapter in Deployables.Adapters.Select(adapter => rendered.Deployment(adapter.Name)).OfType<JsonObject>())
        {
            if (!policies.AllowsEgress(PodLabels(adapter), 443, null))
            {
                problems.Add($"{Describe(adapter)}: no HTTPS to the internet");
            }

            if (simulator is not null && !Connects(policies, adapter, simulator, Http))
            {
                problems.Add($"{Describe(adapter)}: cannot reach {Describe(simulator)} on {Http}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Adapters_reach_public_addresses_but_never_cloud_metadata_or_private_ranges(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var policies = Policies(rendered);
        string[] denied = ["169.254.169.254", "10.0.0.5", "172.16.3.4", "192.168.1.10", "100.64.0.1", "127.0.0.1", "fd00:ec2::254", "fe80::1", "::ffff:169.254.169.254"];
        var problems = new List<string>();
        foreach (var adapter in Deployables.Adapters.Select(adapter => rendered.Deployment(adapter.Name)).OfType<JsonObject>())
        {
            foreach (var port in new[] { 80, 443 })
            {
                if (!policies.AllowsEgressTo(PodLabels(adapter), port, System.Net.IPAddress.Parse("93.184.215.14")))
                {
                    problems.Add($"{Describe(adapter)}: no egress to a public address on {port}");
                }

                problems.AddRange(denied
                    .Where(address => policies.AllowsEgressTo(PodLabels(adapter), port, System.Net.IPAddress.Parse(address)))
                    .Select(address => $"{Describe(adapter)}: may reach {address} on {port}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Services_on_an_s3_asset_store_reach_it_over_https(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var policies = Policies(rendered);

        var blocked = GatewayServices(rendered)
            .Where(workload => rendered.PlainValue(Containers(workload).First(), "AssetStore__Provider") == "S3")
            .Where(workload => !policies.AllowsEgress(PodLabels(workload), 443, null))
            .Select(workload => $"{Describe(workload)}: no HTTPS to its S3 asset store")
            .ToList();

        Assert.True(blocked.Count == 0, string.Join('\n', blocked));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Only_the_public_apis_accept_traffic_from_outside(string overlay)
    {
        var publicServices = new[] { "intake-api", "results-api", "webhooks", "adapter-portrait" };
        var rendered = await Kustomize.RenderAsync(overlay);
        var policies = Policies(rendered);

        var wrong = GatewayServices(rendered)
            .Where(workload => policies.AllowsIngress(PodLabels(workload), Http, null) != publicServices.Contains(NameOf(workload)))
            .Select(workload => $"{Describe(workload)}: {(publicServices.Contains(NameOf(workload)) ? "unreachable" : "open to the outside")}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Simulator_calls_back_the_portrait_adapter_and_sends_its_traces_where_it_runs(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var simulator = rendered.Workloads.FirstOrDefault(workload => NameOf(workload) == "vendorsim");
        if (simulator is null)
        {
            return;
        }

        var policies = Policies(rendered);
        Assert.True(Connects(policies, simulator, rendered.Deployment("adapter-portrait")!, Http), "vendorsim cannot call back adapter-portrait");
        Assert.Empty(Blocked(rendered, policies, simulator, Otlp));
    }

    static NetworkPolicySet Policies(RenderedOverlay rendered) => new(rendered.OfKind("NetworkPolicy"));

    static IEnumerable<JsonObject> GatewayServices(RenderedOverlay rendered) =>
        rendered.GatewayWorkloads.Where(workload => Deployables.Services.Any(service => service.UsesPlatform && service.Name == NameOf(workload)));

    /// <summary>
    /// Problems reaching the platform service on <paramref name="port"/>: the overlay's own broker, database or
    /// collector where it runs one, a destination outside the cluster otherwise.
    /// </summary>
    static IEnumerable<string> Blocked(RenderedOverlay rendered, NetworkPolicySet policies, JsonNode from, int port)
    {
        var target = rendered.Workloads.FirstOrDefault(workload => NameOf(workload) == PlatformServices[port]);
        if (target is null)
        {
            return policies.AllowsEgress(PodLabels(from), port, null) ? [] : [$"{Describe(from)}: no egress to port {port}"];
        }

        return Connects(policies, from, target, port) ? [] : [$"{Describe(from)}: cannot reach {Describe(target)} on {port}"];
    }

    static bool Connects(NetworkPolicySet policies, JsonNode from, JsonNode to, int port) =>
        policies.AllowsEgress(PodLabels(from), port, PodLabels(to)) && policies.AllowsIngress(PodLabels(to), port, PodLabels(from));
}
