using System.Text.Json.Nodes;
using GenerationGateway.Deploy.Tests.Tooling;
using static GenerationGateway.Deploy.Tests.Tooling.RenderedOverlay;

namespace GenerationGateway.Deploy.Tests.Kubernetes;

/// <summary>Each adapter scales on its own queues with KEDA; intake and results with a HorizontalPodAutoscaler.</summary>
public sealed class ScalingTests
{
    public static TheoryData<string> Overlays => Kustomize.Overlays();

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_adapter_scales_with_keda_on_the_length_of_its_vendor_call_and_workflow_queues(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var problems = new List<string>();
        foreach (var adapter in Deployables.Adapters)
        {
            var scalers = rendered.OfKind("ScaledObject").Where(scaler => scaler["spec"]?["scaleTargetRef"]?["name"].Text() == adapter.Name).ToList();
            if (scalers.Count != 1)
            {
                problems.Add($"{adapter.Name}: {scalers.Count} ScaledObjects, expected 1");
                continue;
            }

            var spec = scalers[0]["spec"];
            var queues = spec?["triggers"].Items()
                .Where(trigger => trigger["type"].Text() == "rabbitmq" && trigger["metadata"]?["mode"].Text() == "QueueLength")
                .Select(trigger => trigger["metadata"]?["queueName"].Text())
                .ToHashSet() ?? [];
            problems.AddRange(new[] { $"{adapter.VendorKey}-vendor-calls", $"{adapter.VendorKey}-inputs", $"{adapter.VendorKey}-workflow" }
                .Where(queue => !queues.Contains(queue))
                .Select(queue => $"{adapter.Name}: no rabbitmq QueueLength trigger on {queue}"));
            if (!int.TryParse(spec?["minReplicaCount"].Text(), out var min) || min < 1)
            {
                problems.Add($"{adapter.Name}: minReplicaCount must be 1 or more (the adapter also dispatches its timers)");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Keda_reads_queue_lengths_with_the_broker_address_from_a_secret(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var problems = new List<string>();
        foreach (var trigger in rendered.OfKind("ScaledObject").SelectMany(scaler => scaler["spec"]?["triggers"].Items() ?? []))
        {
            var authentication = trigger["authenticationRef"]?["name"].Text();
            var hostFromSecret = authentication is not null
                && rendered.Find("TriggerAuthentication", authentication)?["spec"]?["secretTargetRef"].Items()
                    .Any(reference => reference["parameter"].Text() == "host" && reference["name"].Text() is not null) is true;
            if (!hostFromSecret || trigger["metadata"]?["host"] is not null)
            {
                problems.Add($"trigger on {trigger["metadata"]?["queueName"].Text()}: host must come from a TriggerAuthentication secretTargetRef");
            }
        }

        Assert.NotEmpty(rendered.OfKind("ScaledObject"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Intake_and_results_scale_with_a_horizontal_pod_autoscaler(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);

        foreach (var name in new[] { "intake-api", "results-api" })
        {
            var autoscaler = Assert.Single(rendered.OfKind("HorizontalPodAutoscaler"), hpa => TargetOf(hpa) == ("Deployment", name));
            var min = int.Parse(autoscaler["spec"]?["minReplicas"].Text() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            var max = int.Parse(autoscaler["spec"]?["maxReplicas"].Text() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(min >= 1 && max > min, $"{name}: minReplicas {min}, maxReplicas {max}");
            Assert.NotEmpty(autoscaler["spec"]?["metrics"].Items() ?? []);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_gateway_deployment_has_exactly_one_scaler_and_leaves_the_replica_count_to_it(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var targets = rendered.OfKind("HorizontalPodAutoscaler").Select(TargetOf)
            .Concat(rendered.OfKind("ScaledObject").Select(scaler => ((string?)"Deployment", scaler["spec"]?["scaleTargetRef"]?["name"].Text())))
            .ToList();
        var problems = new List<string>();
        foreach (var deployment in rendered.GatewayWorkloads.Where(workload => !IsSimulator(workload)))
        {
            var scalers = targets.Count(target => target == (deployment["kind"].Text(), NameOf(deployment)));
            if (scalers != 1)
            {
                problems.Add($"{Describe(deployment)}: {scalers} autoscalers, expected 1");
            }

            if (deployment["spec"]?["replicas"] is not null)
            {
                problems.Add($"{Describe(deployment)}: sets replicas, which every apply would reset under its autoscaler");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    static (string? Kind, string? Name) TargetOf(JsonNode autoscaler) =>
        (autoscaler["spec"]?["scaleTargetRef"]?["kind"].Text(), autoscaler["spec"]?["scaleTargetRef"]?["name"].Text());

    static bool IsSimulator(JsonNode workload) =>
        Deployables.Services.Any(service => service.IsSimulator && service.Name == NameOf(workload));
}
