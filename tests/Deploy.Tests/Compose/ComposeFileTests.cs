using GenerationGateway.Deploy.Tests.Tooling;

namespace GenerationGateway.Deploy.Tests.Compose;

/// <summary>docker-compose.yml as <c>docker-compose config</c> resolves it: services, start order, profiles, hardening.</summary>
public sealed class ComposeFileTests
{
    const string Sandbox = "sandbox";
    static readonly string[] Infrastructure = ["rabbitmq", "postgres", "otel-collector", "jaeger"];
    static readonly string[] DatabaseAndBroker = ["rabbitmq", "postgres"];

    [Fact]
    public async Task Configuration_is_valid_without_profiles_or_variables()
    {
        var config = await DockerCompose.ConfigAsync([]);

        Assert.Superset(Infrastructure.Concat(["intake-api", "results-api"]).ToHashSet(), DockerCompose.Services(config).Select(service => service.Key).ToHashSet());
    }

    [Fact]
    public async Task Configuration_is_valid_with_the_sandbox_profile_and_its_env_file()
    {
        var config = await DockerCompose.SandboxConfigAsync();

        Assert.Contains("vendorsim", DockerCompose.Services(config).Select(service => service.Key));
    }

    [Fact]
    public async Task Every_deployable_service_is_built_from_the_shared_dockerfile()
    {
        var config = await DockerCompose.ConfigAsync([]);
        var problems = new List<string>();
        foreach (var service in Deployables.Services)
        {
            var build = config["services"]?[service.Name]?["build"];
            if (build?["args"]?["PROJECT"].Text() != service.Project)
            {
                problems.Add($"{service.Name}: build arg PROJECT is {build?["args"]?["PROJECT"].Text() ?? "unset"}, expected {service.Project}");
            }

            if (build?["dockerfile"].Text() != "deploy/docker/Dockerfile" || build["context"].Text() != RepositoryLayout.Root)
            {
                problems.Add($"{service.Name}: not built from deploy/docker/Dockerfile with the repository root as context");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(File.Exists(RepositoryLayout.PathOf("deploy", "docker", "Dockerfile")));
    }

    [Fact]
    public async Task Simulators_start_in_the_sandbox_profile_only_and_every_adapter_starts_with_them()
    {
        var config = await DockerCompose.ConfigAsync([]);

        foreach (var (name, service) in DockerCompose.Services(config))
        {
            var profiles = service?["profiles"].Texts().ToList() ?? [];
            var deployable = Deployables.Services.SingleOrDefault(item => item.Name == name);
            if (deployable is { IsSimulator: true })
            {
                Assert.Equal([Sandbox], profiles);
            }
            else if (deployable is { IsAdapter: true })
            {
                Assert.Contains(Sandbox, profiles);
            }
            else
            {
                Assert.True(profiles.Count == 0, $"{name} runs only in the profiles {string.Join(", ", profiles)}");
            }
        }
    }

    [Fact]
    public async Task Every_service_is_health_checked_or_starts_after_a_healthy_dependency()
    {
        var config = await DockerCompose.ConfigAsync([]);

        var unguarded = DockerCompose.Services(config)
            .Where(service => service.Value?["healthcheck"]?["test"] is null
                && !service.Value?["depends_on"].Entries().Any(dependency => dependency.Value?["condition"].Text() == "service_healthy") is true)
            .Select(service => service.Key)
            .ToList();

        Assert.True(unguarded.Count == 0, $"Neither health-checked nor health-gated: {string.Join(", ", unguarded)}");
    }

    [Fact]
    public async Task Dependencies_wait_for_health_exactly_where_the_dependency_reports_it()
    {
        var config = await DockerCompose.ConfigAsync([]);
        var problems = new List<string>();
        foreach (var (name, service) in DockerCompose.Services(config))
        {
            foreach (var (dependency, condition) in service?["depends_on"].Entries() ?? [])
            {
                var checkedDependency = config["services"]?[dependency]?["healthcheck"]?["test"] is not null;
                var expected = checkedDependency ? "service_healthy" : "service_started";
                if (condition?["condition"].Text() != expected)
                {
                    problems.Add($"{name} → {dependency}: {condition?["condition"].Text() ?? "no condition"}, expected {expected}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Gateway_services_start_after_the_broker_and_the_database_are_healthy()
    {
        var config = await DockerCompose.ConfigAsync([]);

        foreach (var deployable in Deployables.Services.Where(service => service.UsesPlatform))
        {
            var dependencies = DockerCompose.Service(config, deployable.Name)["depends_on"];
            Assert.All(DatabaseAndBroker, dependency => Assert.Equal("service_healthy", dependencies?[dependency]?["condition"].Text()));
        }
    }

    [Fact]
    public async Task Gateway_containers_are_read_only_unprivileged_and_report_readiness()
    {
        var config = await DockerCompose.ConfigAsync([]);
        var problems = new List<string>();
        foreach (var deployable in Deployables.Services)
        {
            var service = DockerCompose.Service(config, deployable.Name);
            Check(service["read_only"].Text() == "true", "read_only", deployable, problems);
            Check(service["cap_drop"].Texts().Contains("ALL"), "cap_drop ALL", deployable, problems);
            Check(service["security_opt"].Texts().Any(option => option.StartsWith("no-new-privileges", StringComparison.Ordinal)), "no-new-privileges", deployable, problems);
            Check(service["tmpfs"].Texts().Any(mount => mount.StartsWith("/tmp", StringComparison.Ordinal)), "tmpfs /tmp", deployable, problems);
            Check(service["healthcheck"]?["test"].Texts().Contains("/health/ready") is true, "a healthcheck on /health/ready", deployable, problems);
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Gateway_services_use_rabbitmq_and_export_telemetry_to_the_collector_under_their_own_names()
    {
        var config = await DockerCompose.ConfigAsync([]);

        foreach (var deployable in Deployables.Services.Where(service => service.UsesPlatform))
        {
            var environment = DockerCompose.Environment(DockerCompose.Service(config, deployable.Name));
            Assert.Equal("RabbitMq", environment.GetValueOrDefault("Messaging__Transport"));
            Assert.Equal(deployable.Name, environment.GetValueOrDefault("OTEL_SERVICE_NAME"));
            Assert.StartsWith("http://otel-collector:", environment.GetValueOrDefault("OTEL_EXPORTER_OTLP_ENDPOINT"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_service_has_its_own_database_and_the_first_start_creates_them_all()
    {
        var config = await DockerCompose.ConfigAsync([]);
        var script = RepositoryLayout.Read("deploy", "k8s", "overlays", "sandbox", "postgres", "init-databases.sql");

        var databases = Deployables.Services.Where(service => service.UsesPlatform)
            .Select(service => DockerCompose.Environment(DockerCompose.Service(config, service.Name))
                .Where(variable => variable.Key.StartsWith("ConnectionStrings__", StringComparison.Ordinal) && variable.Key != IdentityConnection)
                .Select(variable => DatabaseOf(variable.Value))
                .Single())
            .ToList();
        // The identity store (API keys) is the one database services share: intake, results, webhooks and the portrait adapter.
        var identity = Deployables.Services
            .Select(service => DockerCompose.Environment(DockerCompose.Service(config, service.Name)).GetValueOrDefault(IdentityConnection))
            .OfType<string>()
            .Select(DatabaseOf)
            .ToList();

        Assert.Equal(databases.Count, databases.Distinct().Count());
        Assert.Equal(4, identity.Count);
        var identityDatabase = Assert.Single(identity.Distinct());
        Assert.DoesNotContain(identityDatabase, databases);
        Assert.All(databases.Append(identityDatabase), database => Assert.Contains($"CREATE DATABASE {database};", script, StringComparison.Ordinal));
        Assert.Contains("init-databases.sql:/docker-entrypoint-initdb.d/", DockerCompose.Service(config, "postgres")["volumes"].Texts().Single(volume => volume.Contains("initdb", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adapters_write_and_results_reads_one_shared_asset_volume()
    {
        var config = await DockerCompose.ConfigAsync([]);

        string? AssetVolume(Deployable service)
        {
            var root = DockerCompose.Environment(DockerCompose.Service(config, service.Name)).GetValueOrDefault("AssetStore__RootPath");
            return DockerCompose.Service(config, service.Name)["volumes"].Texts().SingleOrDefault(volume => volume.Split(':')[1] == root);
        }

        var writers = Deployables.Adapters.Select(AssetVolume).ToList();
        var reader = AssetVolume(Deployables.Named("results-api"));
        Assert.All(writers, volume => Assert.EndsWith(":rw", volume ?? "(none)", StringComparison.Ordinal));
        Assert.EndsWith(":ro", reader ?? "(none)", StringComparison.Ordinal);
        Assert.Single(writers.Append(reader).Select(volume => volume!.Split(':')[0]).Distinct());
    }

    const string IdentityConnection = "ConnectionStrings__Identity";

    static string DatabaseOf(string connectionString) =>
        connectionString.Split(';').Single(part => part.StartsWith("Database=", StringComparison.Ordinal))["Database=".Length..];

    static void Check(bool condition, string what, Deployable service, List<string> problems)
    {
        if (!condition)
        {
            problems.Add($"{service.Name}: no {what}");
        }
    }
}
