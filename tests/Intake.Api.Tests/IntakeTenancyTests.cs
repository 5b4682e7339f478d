using System.Net;
using System.Text.Json;
using GenerationGateway.Contracts;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>The tenant is the API key's: a body may repeat it or leave it out, never name another.</summary>
public sealed class IntakeTenancyTests : IClassFixture<IntakeApp>
{
    readonly IntakeApp _app;

    public IntakeTenancyTests(IntakeApp app)
    {
        _app = app;
    }

    [Fact]
    public async Task Takes_the_tenant_from_the_key_when_the_body_names_none()
    {
        var tenant = GenerationBodies.NewTenant();
        using var client = _app.CreateApiClient(tenant);
        var body = GenerationBodies.ForTestVendor(tenant);
        body.Remove("tenantId");

        using var response = await client.PostAsync(body);

        var id = await response.AcceptedIdAsync();
        var published = Assert.Single(_app.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.GenerationId == id));
        Assert.Equal(tenant, published.Context.Message.TenantId);
    }

    [Fact]
    public async Task Refuses_a_body_naming_another_tenant_with_403_and_publishes_nothing()
    {
        var tenant = GenerationBodies.NewTenant();
        var other = GenerationBodies.NewTenant();
        using var client = _app.CreateApiClient(tenant);

        using var response = await client.PostAsync(GenerationBodies.ForTestVendor(other));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("tenantId", problem.GetProperty("field").GetString());
        Assert.Empty(_app.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.TenantId == other));
    }

    [Fact]
    public async Task Keeps_one_idempotency_key_of_two_tenants_apart()
    {
        var (first, second) = (GenerationBodies.NewTenant(), GenerationBodies.NewTenant());
        using var firstClient = _app.CreateApiClient(first);
        using var secondClient = _app.CreateApiClient(second);
        var body = GenerationBodies.ForTestVendor(first);
        body.Remove("tenantId");

        using var a = await firstClient.PostAsync(body, "shared-key");
        using var b = await secondClient.PostAsync(body, "shared-key");

        Assert.NotEqual(await a.AcceptedIdAsync(), await b.AcceptedIdAsync());
        Assert.False(b.Headers.Contains("Idempotent-Replayed"));
    }
}
