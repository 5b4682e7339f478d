using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Identity;

namespace GenerationGateway.Cli.Tests;

/// <summary><c>gateway keys</c>, <c>gateway webhooks</c> and <c>gateway styles</c> against the embedded default.</summary>
public sealed class AdminAndCatalogueTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Keys_create_makes_a_working_tenant_key_that_list_shows_and_revoke_ends()
    {
        var admin = GatewayCli.For(gateway.BaseAddress, TestApiKeys.AdminKey);
        var tenant = $"cli-{Guid.NewGuid():N}";

        var created = await admin.RunAsync("keys", "create", "--tenant", tenant, "--name", "laptop", "-o", "json");
        Assert.True(created.ExitCode == ExitCodes.Completed, created.ToString());
        var key = created.Json["key"]!.GetValue<string>();
        var id = created.Json["id"]!.GetValue<string>();
        Assert.Equal(ExitCodes.Completed, (await GatewayCli.For(gateway.BaseAddress, key).RunAsync("list")).ExitCode);

        var listed = await admin.RunAsync("keys", "list", "--tenant", tenant);
        Assert.True(listed.ExitCode == ExitCodes.Completed, listed.ToString());
        Assert.Contains(id, listed.Output, StringComparison.Ordinal);
        Assert.Contains("laptop", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed.Output, StringComparison.Ordinal);

        var revoked = await admin.RunAsync("keys", "revoke", id);
        Assert.True(revoked.ExitCode == ExitCodes.Completed, revoked.ToString());
        CliRun? last = null;
        var refused = await Eventually.ValueAsync(
            async () =>
            {
                last = await GatewayCli.For(gateway.BaseAddress, key).RunAsync("list");
                return last.ExitCode == ExitCodes.Rejected ? last : null;
            },
            TimeSpan.FromSeconds(30),
            () => $"the revoked key is refused; last: {last}",
            TimeSpan.FromMilliseconds(100));
        Assert.Contains("401", refused.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_need_an_admin_key()
    {
        var cli = await gateway.NewTenantCliAsync();

        var run = await cli.RunAsync("keys", "list");

        Assert.True(run.ExitCode == ExitCodes.Rejected, run.ToString());
        Assert.Contains("403", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhooks_create_shows_the_secret_once_then_list_and_delete()
    {
        var cli = await gateway.NewTenantCliAsync();

        var created = await cli.RunAsync("webhooks", "create", "--endpoint", "https://hooks.example.com/gateway", "--event", "generation.completed", "-o", "json");
        Assert.True(created.ExitCode == ExitCodes.Completed, created.ToString());
        Assert.StartsWith("whsec_", created.Json["secret"]!.GetValue<string>(), StringComparison.Ordinal);
        var id = created.Json["endpoint"]!["id"]!.GetValue<string>();

        var listed = await cli.RunAsync("webhooks", "list");
        Assert.True(listed.ExitCode == ExitCodes.Completed, listed.ToString());
        Assert.Contains(id, listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_", listed.Output, StringComparison.Ordinal);

        var rotated = await cli.RunAsync("webhooks", "rotate-secret", id);
        Assert.True(rotated.ExitCode == ExitCodes.Completed, rotated.ToString());
        Assert.Contains("whsec_", rotated.Output, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Completed, (await cli.RunAsync("webhooks", "delete", id)).ExitCode);
        var gone = await cli.RunAsync("webhooks", "list", "-o", "json");
        Assert.Empty(gone.Json["items"]!.AsArray());
    }

    [Fact]
    public async Task Webhooks_create_with_a_bad_event_names_the_field()
    {
        var cli = await gateway.NewTenantCliAsync();

        var run = await cli.RunAsync("webhooks", "create", "--endpoint", "https://hooks.example.com/gateway", "--event", "generation.exploded");

        Assert.True(run.ExitCode == ExitCodes.Rejected, run.ToString());
        Assert.Contains("events", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Styles_lists_the_portrait_catalogue()
    {
        var cli = await gateway.NewTenantCliAsync();

        var run = await cli.RunAsync("styles");

        Assert.True(run.ExitCode == ExitCodes.Completed, run.ToString());
        Assert.Contains("20057d0c-8cef-447e-88d0-a8f3490fd0b0", run.Output, StringComparison.Ordinal);
    }
}
