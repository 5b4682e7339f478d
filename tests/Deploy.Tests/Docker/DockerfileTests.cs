using System.Text.RegularExpressions;
using GenerationGateway.Deploy.Tests.Tooling;

namespace GenerationGateway.Deploy.Tests.Docker;

/// <summary>
/// deploy/docker/Dockerfile read as text (no Docker engine here): a multi-stage build onto a small, shell-less
/// runtime that runs as a non-root user and reports its readiness.
/// </summary>
public sealed partial class DockerfileTests
{
    static readonly string Dockerfile = RepositoryLayout.Read("deploy", "docker", "Dockerfile");

    [Fact]
    public void Builds_with_the_sdk_and_runs_on_the_chiseled_aspnet_runtime()
    {
        var stages = From().Matches(Dockerfile).Select(match => match.Groups["image"].Value).ToList();

        Assert.True(stages.Count >= 2, "Not a multi-stage build.");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:", stages[0], StringComparison.Ordinal);
        Assert.Matches("^mcr\\.microsoft\\.com/dotnet/aspnet:.*-chiseled$", stages[^1]);
    }

    [Fact]
    public void Runtime_stage_runs_as_a_numeric_non_root_user()
    {
        var user = User().Matches(RuntimeStage()).Select(match => match.Groups["uid"].Value).LastOrDefault();

        Assert.NotNull(user);
        Assert.NotEqual("0", user);
    }

    [Fact]
    public void Runtime_stage_listens_on_8080_and_checks_readiness_with_the_health_probe()
    {
        var runtime = RuntimeStage();

        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", runtime, StringComparison.Ordinal);
        Assert.Matches("""HEALTHCHECK[^\n]*(\\\n[^\n]*)*"dotnet", "/probe/GenerationGateway\.HealthProbe\.dll", "/health/ready"\]""", runtime);
        Assert.Matches("""ENTRYPOINT \["[^"]+"\]""", runtime);
    }

    [Fact]
    public void Build_takes_the_project_as_an_argument_and_publishes_the_probe()
    {
        Assert.Contains("ARG PROJECT", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("dotnet publish \"services/${PROJECT}/${PROJECT}.csproj\"", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("dotnet publish deploy/docker/HealthProbe/HealthProbe.csproj", Dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_context_leaves_out_build_outputs_tests_and_environment_files()
    {
        var ignored = RepositoryLayout.Read("deploy", "docker", "Dockerfile.dockerignore").Split('\n').Select(line => line.Trim()).ToHashSet();

        Assert.Superset(new HashSet<string> { "**/bin/", "**/obj/", ".git/", ".env", "*.env", "tests/" }, ignored);
    }

    static string RuntimeStage() => Dockerfile[From().Matches(Dockerfile)[^1].Index..];

    [GeneratedRegex(@"^FROM\s+(--platform=\S+\s+)?(?<image>\S+)", RegexOptions.Multiline)]
    private static partial Regex From();

    [GeneratedRegex(@"^USER\s+(?<uid>\d+)(:\d+)?\s*$", RegexOptions.Multiline)]
    private static partial Regex User();
}
