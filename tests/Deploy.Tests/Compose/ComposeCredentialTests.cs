using GenerationGateway.Deploy.Tests.Tooling;

namespace GenerationGateway.Deploy.Tests.Compose;

/// <summary>Vendor credentials reach the containers from the environment only: the compose file holds none.</summary>
public sealed class ComposeCredentialTests
{
    const string SimulatorAddress = "http://vendorsim:8080/";

    [Fact]
    public async Task Vendor_credentials_are_the_values_of_environment_variables()
    {
        var sentinels = DockerCompose.Sentinels();

        var config = await DockerCompose.ConfigAsync(["--profile", "sandbox"], sentinels);

        var problems = Deployables.Adapters.SelectMany(adapter =>
        {
            var environment = DockerCompose.Environment(DockerCompose.Service(config, adapter.Name));
            return adapter.CredentialVariables
                .Where(variable => !sentinels.ContainsValue(environment.GetValueOrDefault(variable) ?? ""))
                .Select(variable => $"{adapter.Name}: {variable} = '{environment.GetValueOrDefault(variable)}' is not taken from one environment variable");
        }).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Vendor_credentials_have_no_default_in_the_compose_file()
    {
        var config = await DockerCompose.ConfigAsync(["--profile", "sandbox"]);

        var defaults = Deployables.Adapters
            .SelectMany(adapter => adapter.CredentialVariables.Select(variable =>
                (adapter.Name, variable, value: DockerCompose.Environment(DockerCompose.Service(config, adapter.Name)).GetValueOrDefault(variable))))
            .Where(item => item.value is not "")
            .Select(item => $"{item.Name}: {item.variable} = '{item.value ?? "(missing)"}'")
            .ToList();

        Assert.True(defaults.Count == 0, $"Credentials that are not empty when the environment sets none:\n{string.Join('\n', defaults)}");
    }

    [Fact]
    public async Task Every_password_in_the_compose_file_can_be_set_from_the_environment()
    {
        var sentinels = DockerCompose.Sentinels();

        var config = await DockerCompose.ConfigAsync(["--profile", "sandbox"], sentinels);

        var fixedSecrets = DockerCompose.Services(config)
            .SelectMany(service => DockerCompose.Environment(service.Value!)
                .Where(variable => SecretSettings.IsSecretName(variable.Key) || variable.Key.EndsWith("_PASS", StringComparison.Ordinal))
                .Where(variable => !sentinels.Values.Any(sentinel => variable.Value.Contains(sentinel, StringComparison.Ordinal)))
                .Select(variable => $"{service.Key}: {variable.Key}"))
            .ToList();

        Assert.True(fixedSecrets.Count == 0, $"Fixed in the file:\n{string.Join('\n', fixedSecrets)}");
    }

    [Fact]
    public async Task Sandbox_env_file_points_every_adapter_at_the_simulators_which_accept_its_credentials()
    {
        var config = await DockerCompose.SandboxConfigAsync();
        var simulator = DockerCompose.Environment(DockerCompose.Service(config, "vendorsim"));
        var problems = new List<string>();
        foreach (var adapter in Deployables.Adapters)
        {
            var environment = DockerCompose.Environment(DockerCompose.Service(config, adapter.Name));
            var baseUrl = environment.GetValueOrDefault($"{adapter.VendorSection!.Replace(":", "__", StringComparison.Ordinal)}__BaseUrl") ?? "";
            if (!baseUrl.StartsWith(SimulatorAddress, StringComparison.Ordinal))
            {
                problems.Add($"{adapter.Name}: BaseUrl {baseUrl}");
            }

            problems.AddRange(adapter.CredentialVariables
                .Select(variable => (variable, value: environment.GetValueOrDefault(variable) ?? ""))
                .Where(credential => credential.value.Length == 0)
                .Select(credential => $"{adapter.Name}: {credential.variable} is empty"));
        }

        var simulatorKeys = simulator.Where(variable => SecretSettings.IsSecretName(variable.Key)).ToList();
        Assert.NotEmpty(simulatorKeys);
        var adapterValues = Deployables.Adapters
            .SelectMany(adapter => DockerCompose.Environment(DockerCompose.Service(config, adapter.Name)))
            .Select(variable => variable.Value)
            .ToHashSet(StringComparer.Ordinal);
        problems.AddRange(simulatorKeys.Where(key => key.Value.Length == 0 || !adapterValues.Contains(key.Value))
            .Select(key => $"vendorsim: {key.Key} matches no adapter's credential"));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
