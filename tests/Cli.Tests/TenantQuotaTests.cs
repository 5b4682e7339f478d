using GenerationGateway.TestSupport.Identity;

namespace GenerationGateway.Cli.Tests;

/// <summary><c>gateway quota show</c> and <c>gateway quota set</c> against the embedded default's admin API.</summary>
public sealed class TenantQuotaTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    GatewayCli Admin => GatewayCli.For(gateway.BaseAddress, TestApiKeys.AdminKey);

    [Fact]
    public async Task Show_answers_the_configured_defaults_for_a_tenant_nobody_set()
    {
        var tenant = $"cli-{Guid.NewGuid():N}";

        var json = await Admin.RunAsync("quota", "show", "--tenant", tenant, "-o", "json");
        Assert.True(json.ExitCode == ExitCodes.Completed, json.ToString());
        Assert.Equal(tenant, json.Json["tenantId"]!.GetValue<string>());
        Assert.Equal(1, json.Json["fairShareWeight"]!.GetValue<int>());
        Assert.Null(json.Json["override"]!["maxInFlight"]);
        Assert.Equal(0, json.Json["inFlight"]!.GetValue<int>());

        var text = await Admin.RunAsync("quota", "show", "--tenant", tenant);
        Assert.True(text.ExitCode == ExitCodes.Completed, text.ToString());
        Assert.Contains(tenant, text.Output, StringComparison.Ordinal);
        Assert.Contains("fairShareWeight", text.Output, StringComparison.Ordinal);
        Assert.Contains("default", text.Output, StringComparison.Ordinal);
        Assert.Contains("In flight now: 0", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_changes_the_limits_given_keeps_the_others_and_default_goes_back_to_the_configured_value()
    {
        var tenant = $"cli-{Guid.NewGuid():N}";

        var first = await Admin.RunAsync("quota", "set", "--tenant", tenant, "--requests-per-second", "2.5", "--max-in-flight", "20", "-o", "json");
        Assert.True(first.ExitCode == ExitCodes.Completed, first.ToString());
        Assert.Equal(2.5, first.Json["requestsPerSecond"]!.GetValue<double>());
        Assert.Equal(20, first.Json["maxInFlight"]!.GetValue<int>());

        var second = await Admin.RunAsync("quota", "set", "--tenant", tenant, "--fair-share-weight", "4", "--max-in-flight", "default");
        Assert.True(second.ExitCode == ExitCodes.Completed, second.ToString());
        Assert.Contains("fairShareWeight", second.Output, StringComparison.Ordinal);

        var shown = await Admin.RunAsync("quota", "show", "--tenant", tenant, "-o", "json");
        Assert.True(shown.ExitCode == ExitCodes.Completed, shown.ToString());
        var own = shown.Json["override"]!;
        Assert.Equal(2.5, own["requestsPerSecond"]!.GetValue<double>());
        Assert.Null(own["maxInFlight"]);
        Assert.Null(own["maxInFlightPerVendor"]);
        Assert.Equal(4, own["fairShareWeight"]!.GetValue<int>());
        Assert.Equal(4, shown.Json["fairShareWeight"]!.GetValue<int>());
        Assert.Equal(100, shown.Json["maxInFlight"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_value_the_gateway_refuses_prints_its_problem_naming_the_field_exits_5_and_changes_nothing()
    {
        var tenant = $"cli-{Guid.NewGuid():N}";
        Assert.Equal(ExitCodes.Completed, (await Admin.RunAsync("quota", "set", "--tenant", tenant, "--fair-share-weight", "3")).ExitCode);

        var run = await Admin.RunAsync("quota", "set", "--tenant", tenant, "--fair-share-weight", "101", "--max-in-flight", "7");

        Assert.True(run.ExitCode == ExitCodes.Rejected, run.ToString());
        Assert.Contains("400", run.Output, StringComparison.Ordinal);
        Assert.Contains("fairShareWeight", run.Output, StringComparison.Ordinal);
        Assert.Contains("Must be a whole number from 1 to 100", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", run.Output, StringComparison.Ordinal);
        var own = (await Admin.RunAsync("quota", "show", "--tenant", tenant, "-o", "json")).Json["override"]!;
        Assert.Equal(3, own["fairShareWeight"]!.GetValue<int>());
        Assert.Null(own["maxInFlight"]);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("set", "--fair-share-weight", "2")]
    public async Task A_tenant_key_is_refused_with_403_and_exits_5(params string[] args)
    {
        var cli = await gateway.NewTenantCliAsync();

        var run = await cli.RunAsync(["quota", .. args, "--tenant", $"cli-{Guid.NewGuid():N}"]);

        Assert.True(run.ExitCode == ExitCodes.Rejected, run.ToString());
        Assert.Contains("403", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("set", "--tenant", "demo")]
    [InlineData("set", "--tenant", "demo", "--fair-share-weight", "2.5")]
    [InlineData("set", "--tenant", "demo", "--requests-per-second", "fast")]
    [InlineData("set", "--tenant", "demo", "--max-in-flight", "lots")]
    public async Task A_wrong_quota_command_line_exits_2_without_calling_the_gateway(params string[] args)
    {
        var cli = GatewayCli.For(new Uri("http://127.0.0.1:9/"), "unused"); // nothing listens: a call would exit 1

        var run = await cli.RunAsync(["quota", .. args]);

        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
    }
}
