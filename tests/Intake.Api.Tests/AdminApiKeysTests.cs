using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GenerationGateway.TestSupport.Identity;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>The admin API on intake, with the identity store in PostgreSQL (migrated at start).</summary>
public sealed class AdminApiKeysTests : IAsyncLifetime
{
    static readonly string[] WriteOnly = ["generations:write"];

    TestDatabase _identity = null!;
    IntakeApp _app = null!;
    HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _identity = await TestDatabase.CreateAsync();
        _app = IntakeApp.With(new Dictionary<string, string>
        {
            ["Intake:Persistence"] = "InMemory",
            ["Messaging:Transport"] = "InMemory",
            ["Identity:Persistence"] = "Postgres",
            ["ConnectionStrings:Identity"] = _identity.ConnectionString,
            ["Identity:KeyCacheDuration"] = "00:00:00",
        });
        _admin = _app.CreateAnonymousClient();
        _admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestApiKeys.AdminKey);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task Creates_a_key_shown_once_stores_only_its_hash_lists_it_without_the_key_and_revokes_it()
    {
        var tenant = GenerationBodies.NewTenant();
        using var created = await _admin.PostAsJsonAsync("/v1/admin/api-keys", new { tenantId = tenant, name = "ci", scopes = WriteOnly });
        var body = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var key = body["key"]!.GetValue<string>();
        var id = body["id"]!.GetValue<Guid>();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/v1/admin/api-keys/{id}", created.Headers.Location?.OriginalString);
        Assert.Matches("^gw_[A-Za-z0-9_-]{43}$", key);
        Assert.Equal(0, await _identity.ScalarAsync<long>("SELECT count(*) FROM identity_api_keys WHERE key_hash = @key", ("key", key)));
        Assert.Equal(1, await _identity.ScalarAsync<long>("SELECT count(*) FROM identity_api_keys WHERE tenant_id = @tenant", ("tenant", tenant)));

        using var client = _app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var before = await client.PostAsJsonAsync("/v1/generations", new { });
        var listed = await _admin.GetStringAsync($"/v1/admin/api-keys?tenantId={tenant}");
        using var revoked = await _admin.DeleteAsync($"/v1/admin/api-keys/{id}");
        using var after = await client.PostAsJsonAsync("/v1/generations", new { });
        using var unknown = await _admin.DeleteAsync($"/v1/admin/api-keys/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode); // authenticated: the empty body is what is wrong
        var entry = Assert.Single(JsonNode.Parse(listed)!.AsArray())!;
        Assert.Equal(id, entry["id"]!.GetValue<Guid>());
        Assert.NotNull(entry["lastUsedAt"]);
        Assert.Null(entry["key"]);
        Assert.Null(entry["keyHash"]);
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("""{"tenantId":"acme","name":"ci","scopes":["generations:everything"]}""", "scopes[0]")]
    [InlineData("""{"tenantId":"acme","name":"ci","scopes":[]}""", "scopes")]
    [InlineData("""{"tenantId":"ac\u0000me","name":"ci","scopes":["admin"]}""", "tenantId")]
    [InlineData("""{"name":"ci","scopes":["admin"]}""", "tenantId")]
    [InlineData("""{"tenantId":"acme","scopes":["admin"]}""", "name")]
    [InlineData("""not json""", "body")]
    public async Task Refuses_a_bad_request_naming_the_field(string json, string field)
    {
        using var response = await _admin.PostAsync("/v1/admin/api-keys", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![field] is not null, field);
    }

    [Fact]
    public async Task Only_an_admin_key_reaches_the_admin_api()
    {
        var tenantKey = await _app.TenantKeys.ForAsync(GenerationBodies.NewTenant());
        using var client = _app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenantKey);
        using var anonymous = _app.CreateAnonymousClient();

        using var forbidden = await client.GetAsync("/v1/admin/api-keys");
        using var unauthorized = await anonymous.GetAsync("/v1/admin/api-keys");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal("Bearer", unauthorized.Headers.WwwAuthenticate.Single().Scheme);
    }
}
