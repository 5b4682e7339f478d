using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GenerationGateway.Identity;

namespace GenerationGateway.Webhooks.Tests;

public sealed class WebhooksApiTests : IAsyncLifetime
{
    WebhooksApi _api = null!;

    static object Registration(string eventType) => new { url = "https://hooks.example/gateway", events = new List<string> { eventType } };

    public async Task InitializeAsync() => _api = await WebhooksApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Creating_an_endpoint_answers_201_with_its_secret_once_and_lists_it_without()
    {
        using var client = await _api.ClientForAsync($"t-{Guid.NewGuid():N}");

        using var created = await client.PostAsJsonAsync("v1/webhooks", Registration("generation.completed"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.StartsWith("whsec_", body["secret"]!.GetValue<string>(), StringComparison.Ordinal);
        var list = await client.GetStringAsync(new Uri("v1/webhooks", UriKind.Relative));
        Assert.Contains(body["endpoint"]!["id"]!.GetValue<string>(), list, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"url":"ftp://hooks.example/x","events":["generation.completed"]}""", "url")]
    [InlineData("""{"url":"https://u:p@hooks.example/x","events":["generation.completed"]}""", "url")]
    [InlineData("""{"url":"https://hooks.example/x","events":[]}""", "events")]
    [InlineData("""{"url":"https://hooks.example/x","events":["generation.finished"]}""", "events")]
    public async Task A_bad_registration_answers_400_naming_the_field(string json, string field)
    {
        using var client = await _api.ClientForAsync($"t-{Guid.NewGuid():N}");

        using var response = await client.PostAsync(new Uri("v1/webhooks", UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![field]);
    }

    [Fact]
    public async Task Another_tenants_endpoint_answers_404_to_delete_rotate_and_deliveries()
    {
        using var owner = await _api.ClientForAsync($"t-{Guid.NewGuid():N}");
        using var other = await _api.ClientForAsync($"t-{Guid.NewGuid():N}");
        using var created = await owner.PostAsJsonAsync("v1/webhooks", Registration("generation.failed"));
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["endpoint"]!["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync(new Uri($"v1/webhooks/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(new Uri($"v1/webhooks/{id}/rotate-secret", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri($"v1/webhooks/{id}/deliveries", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(new Uri($"v1/webhooks/{id}/deliveries", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync(new Uri($"v1/webhooks/{id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Rotating_gives_a_new_secret_while_the_old_one_signs_for_another_day()
    {
        using var client = await _api.ClientForAsync($"t-{Guid.NewGuid():N}");
        using var created = await client.PostAsJsonAsync("v1/webhooks", Registration("generation.completed"));
        var first = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;

        using var rotated = await client.PostAsync(new Uri($"v1/webhooks/{first["endpoint"]!["id"]}/rotate-secret", UriKind.Relative), null);

        var second = JsonNode.Parse(await rotated.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.NotEqual(first["secret"]!.GetValue<string>(), second["secret"]!.GetValue<string>());
        var expires = second["endpoint"]!["previousSecretExpiresAt"]!.GetValue<DateTimeOffset>();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromHours(23.9), TimeSpan.FromHours(24.1));
    }

    [Fact]
    public async Task A_read_only_key_may_list_but_not_register()
    {
        using var client = await _api.ClientForAsync($"t-{Guid.NewGuid():N}", GatewayScopes.GenerationsRead);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("v1/webhooks", UriKind.Relative))).StatusCode);
        using var response = await client.PostAsJsonAsync("v1/webhooks", Registration("generation.completed"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_call_with_an_unknown_key_answers_401()
    {
        using var anonymous = await _api.ClientForAsync("unused");
        anonymous.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "gw_wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("v1/webhooks", UriKind.Relative))).StatusCode);
    }
}
