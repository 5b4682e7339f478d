namespace GenerationGateway.Cli.Tests;

/// <summary>Usage errors (exit 2) and the gateway's problem details (exit 5), printed readably or as JSON.</summary>
public sealed class UsageAndProblemTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("frobnicate")]
    [InlineData("submit", "--kind", "text-to-3d", "--prompt", "a chair")]
    [InlineData("submit", "--vendor", "rodin", "--kind", "text-to-3d", "--option", "tier")]
    [InlineData("get", "not-a-guid")]
    [InlineData("list", "--page-size", "500")]
    [InlineData("submit", "--vendor", "rodin", "--kind", "text-to-3d", "--no-such-option")]
    public async Task A_wrong_command_line_exits_2_without_calling_the_gateway(params string[] args)
    {
        var cli = GatewayCli.For(new Uri("http://127.0.0.1:9/"), "unused"); // nothing listens: a call would exit 1

        var run = await cli.RunAsync(args);

        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
    }

    [Fact]
    public async Task No_api_key_exits_2_and_says_which_variable_to_set()
    {
        var cli = GatewayCli.For(gateway.BaseAddress, apiKey: null);

        var run = await cli.RunAsync("list");

        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        Assert.Contains(GatewayEnvironment.ApiKeyVariable, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_key_option_wins_over_the_environment()
    {
        var key = await gateway.NewTenantKeyAsync();
        var cli = GatewayCli.For(gateway.BaseAddress, "gw_not_a_key");

        var run = await cli.RunAsync("list", "--api-key", key);

        Assert.True(run.ExitCode == ExitCodes.Completed, run.ToString());
    }

    [Fact]
    public async Task A_validation_problem_is_printed_field_by_field_and_exits_5()
    {
        var cli = await gateway.NewTenantCliAsync();

        var run = await cli.RunAsync("submit", "--vendor", "rodin", "--kind", "text-to-3d", "--option", "tier=Gen-9");

        Assert.True(run.ExitCode == ExitCodes.Rejected, run.ToString());
        Assert.Contains("400", run.Output, StringComparison.Ordinal);
        Assert.Contains("inputs.prompt", run.Output, StringComparison.Ordinal);
        Assert.Contains("vendorOptions.tier", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("{", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_is_json_with_output_json()
    {
        var cli = await gateway.NewTenantCliAsync();

        var run = await cli.RunAsync("submit", "--vendor", "rodin", "--kind", "text-to-3d", "--output", "json");

        Assert.True(run.ExitCode == ExitCodes.Rejected, run.ToString());
        Assert.Equal(400, run.Json["status"]!.GetValue<int>());
        Assert.NotNull(run.Json["errors"]!["inputs.prompt"]);
    }

    [Fact]
    public async Task An_unknown_generation_exits_5_with_the_gateways_title()
    {
        var cli = await gateway.NewTenantCliAsync();

        var run = await cli.RunAsync("get", Guid.NewGuid().ToString());

        Assert.True(run.ExitCode == ExitCodes.Rejected, run.ToString());
        Assert.Contains("404", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_of_an_unknown_generation_exits_5_once_its_grace_has_passed()
    {
        var cli = await gateway.NewTenantCliAsync();

        var run = await cli.RunAsync("watch", Guid.NewGuid().ToString());

        Assert.True(run.ExitCode == ExitCodes.Rejected, run.ToString());
        Assert.Contains("404", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_exits_5_with_401()
    {
        var cli = GatewayCli.For(gateway.BaseAddress, "gw_not_a_key_of_this_gateway");

        var run = await cli.RunAsync("list");

        Assert.True(run.ExitCode == ExitCodes.Rejected, run.ToString());
        Assert.Contains("401", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_gateway_exits_1()
    {
        var cli = GatewayCli.For(new Uri("http://127.0.0.1:9/"), "gw_any");

        var run = await cli.RunAsync("list");

        Assert.True(run.ExitCode == ExitCodes.Error, run.ToString());
        Assert.Contains("could not be reached", run.Output, StringComparison.Ordinal);
    }
}
