using GenerationGateway.Deploy.Tests.Tooling;

namespace GenerationGateway.Deploy.Tests.Kubernetes;

/// <summary>
/// Every object each overlay renders is valid against its schema, offline: the Kubernetes API objects against
/// npm's kubernetes-models, KEDA's ScaledObject and TriggerAuthentication against @kubernetes-models/keda, the
/// Gateway API's routes against @kubernetes-models/gateway-api (tests/Deploy.Tests/Schemas/validate.mjs; tests/provision.sh
/// installs the packages). A kind none of them knows fails too.
/// </summary>
public sealed class SchemaTests
{
    static readonly string Validator = Path.Combine("tests", "Deploy.Tests", "Schemas", "validate.mjs");

    public static TheoryData<string> Overlays => Kustomize.Overlays();

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_rendered_object_is_valid_against_the_kubernetes_and_keda_schemas(string overlay)
    {
        var rendered = (await ExternalCommand.RunAsync("kubectl", ["kustomize", Path.Combine("deploy", "k8s", "overlays", overlay)])).Succeeded();
        var report = await ValidateAsync(rendered);

        Assert.True(report.ExitCode == 0, $"{overlay}:\n{report.Output}{report.Error}");
        var checkedObjects = report.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(checkedObjects, line => line.StartsWith("ok ScaledObject ", StringComparison.Ordinal));
        Assert.Contains(checkedObjects, line => line.StartsWith("ok Deployment ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_validator_rejects_a_malformed_scaled_object_and_deployment_and_an_unknown_kind()
    {
        const string Broken = """
            apiVersion: keda.sh/v1alpha1
            kind: ScaledObject
            metadata: {name: broken-scaler}
            spec:
              scaleTargetRef: {name: adapter-rodin}
              minReplicaCount: one
              triggers: [{type: rabbitmq}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: broken-deployment}
            spec:
              template: {spec: {containers: [{name: app, image: x, ports: [{containerPort: http}]}]}}
            ---
            apiVersion: example.com/v1
            kind: Unheard
            metadata: {name: unknown}
            """;

        var report = await ValidateAsync(Broken);

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("invalid ScaledObject /broken-scaler", report.Output, StringComparison.Ordinal);
        Assert.Contains("invalid Deployment /broken-deployment", report.Output, StringComparison.Ordinal);
        Assert.Contains("invalid Unheard /unknown: no schema", report.Output, StringComparison.Ordinal);
    }

    static async Task<CommandResult> ValidateAsync(string manifest)
    {
        var file = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, manifest);
        try
        {
            return await ExternalCommand.RunAsync("node", [Validator, file]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
