using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GenerationGateway.Identity;
using GenerationGateway.TestSupport.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Standalone.Tests;

/// <summary>
/// Every <c>/v1</c> endpoint of the embedded default against every kind of caller: no key, a malformed, unknown or
/// revoked key (401), a key without the scope (403), another tenant's key (404, exactly like an unknown id), and the
/// owner's key (2xx).
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Gateway gateway) : IClassFixture<AuthorizationMatrixTests.Gateway>
{
    /// <summary>The callers of the matrix.</summary>
    public enum Caller
    {
        NoKey,
        MalformedKey,
        UnknownKey,
        RevokedKey,
        WrongScope,
        OtherTenant,
        OwnTenant,
    }

    /// <summary>
    /// One endpoint: how to call it, the scope it needs, whether it holds a tenant's resource, and what a caller it admits
    /// is answered when that is not success (the error queues: no broker in the embedded default).
    /// </summary>
    public sealed record Endpoint(
        string Name, HttpMethod Method, Func<Gateway, string> Path, string Scope, bool TenantResource, Func<Gateway, HttpContent?> Body,
        HttpStatusCode? Admitted = null);

    static readonly Endpoint[] Endpoints =
    [
        new("submit", HttpMethod.Post, _ => "v1/generations", GatewayScopes.GenerationsWrite, false, _ => JsonContent.Create(Rodin("matrix chair"))),
        new("cancel", HttpMethod.Delete, g => $"v1/generations/{g.GenerationId}", GatewayScopes.GenerationsWrite, true, _ => null),
        new("get", HttpMethod.Get, g => $"v1/generations/{g.GenerationId}", GatewayScopes.GenerationsRead, true, _ => null),
        new("list", HttpMethod.Get, _ => "v1/generations", GatewayScopes.GenerationsRead, false, _ => null),
        new("asset", HttpMethod.Get, g => g.AssetPath, GatewayScopes.GenerationsRead, true, _ => null),
        new("styles", HttpMethod.Get, _ => "v1/vendors/portrait/styles", GatewayScopes.GenerationsRead, false, _ => null),
        new("create key", HttpMethod.Post, _ => "v1/admin/api-keys", GatewayScopes.Admin, false, _ => JsonContent.Create(new { tenantId = "matrix-new", name = "n", scopes = new[] { GatewayScopes.GenerationsRead } })),
        new("list keys", HttpMethod.Get, _ => "v1/admin/api-keys?tenantId=matrix-a", GatewayScopes.Admin, false, _ => null),
        new("revoke key", HttpMethod.Delete, g => $"v1/admin/api-keys/{g.SpareKeyId}", GatewayScopes.Admin, false, _ => null),
        new("read quota", HttpMethod.Get, _ => "v1/admin/tenants/matrix-a/quota", GatewayScopes.Admin, false, _ => null),
        new("set quota", HttpMethod.Put, _ => "v1/admin/tenants/matrix-a/quota", GatewayScopes.Admin, false, _ => JsonContent.Create(new { maxInFlight = 500 })),
        new("list error queues", HttpMethod.Get, _ => "v1/admin/error-queues", GatewayScopes.Admin, false, _ => null, HttpStatusCode.NotFound),
        new("peek error queue", HttpMethod.Get, _ => "v1/admin/error-queues/rodin-workflow_error/messages", GatewayScopes.Admin, false, _ => null, HttpStatusCode.NotFound),
        new("redrive error queue", HttpMethod.Post, _ => "v1/admin/error-queues/rodin-workflow_error/redrive", GatewayScopes.Admin, false, _ => null, HttpStatusCode.NotFound),
        new("purge error queue", HttpMethod.Delete, _ => "v1/admin/error-queues/rodin-workflow_error/messages", GatewayScopes.Admin, false, _ => null, HttpStatusCode.NotFound),
        new("usage", HttpMethod.Get, _ => "v1/usage", GatewayScopes.GenerationsRead, false, _ => null),
        new("generation stream", HttpMethod.Get, g => $"v1/generations/{g.GenerationId}/events", GatewayScopes.GenerationsRead, true, _ => null),
        new("tenant stream", HttpMethod.Get, _ => "v1/events", GatewayScopes.GenerationsRead, false, _ => null),
        new("add webhook", HttpMethod.Post, _ => "v1/webhooks", GatewayScopes.GenerationsWrite, false, _ => JsonContent.Create(Webhook())),
        new("list webhooks", HttpMethod.Get, _ => "v1/webhooks", GatewayScopes.GenerationsRead, false, _ => null),
        new("rotate webhook secret", HttpMethod.Post, g => $"v1/webhooks/{g.WebhookId}/rotate-secret", GatewayScopes.GenerationsWrite, true, _ => null),
        new("webhook deliveries", HttpMethod.Get, g => $"v1/webhooks/{g.WebhookId}/deliveries", GatewayScopes.GenerationsRead, true, _ => null),
        new("delete webhook", HttpMethod.Delete, g => $"v1/webhooks/{g.SpareWebhookId}", GatewayScopes.GenerationsWrite, true, _ => null),
        new("deliveries of a generation", HttpMethod.Get, g => $"v1/webhook-deliveries?generationId={g.GenerationId}", GatewayScopes.GenerationsRead, false, _ => null),
    ];

    public static TheoryData<string, Caller> Matrix()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var endpoint in Endpoints)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(endpoint.Name, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Answers_each_caller_as_its_key_allows(string endpointName, Caller caller)
    {
        var endpoint = Endpoints.Single(e => e.Name == endpointName);
        using var request = new HttpRequestMessage(endpoint.Method, new Uri(endpoint.Path(gateway), UriKind.Relative)) { Content = endpoint.Body(gateway) };
        if (gateway.KeyOf(caller, endpoint) is { } key)
        {
            request.Headers.TryAddWithoutValidation("Authorization", key);
        }

        // Headers only: a granted tenant stream stays open.
        using var response = await gateway.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = (int)response.StatusCode >= 400 ? await response.Content.ReadAsStringAsync() : "";
        var expected = Expected(caller, endpoint);

        Assert.True(expected.Contains(response.StatusCode), $"{endpoint.Name} as {caller}: {(int)response.StatusCode} {body}");
        if ((int)response.StatusCode >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }
    }

    static HttpStatusCode[] Expected(Caller caller, Endpoint endpoint) => caller switch
    {
        Caller.NoKey or Caller.MalformedKey or Caller.UnknownKey or Caller.RevokedKey => [HttpStatusCode.Unauthorized],
        Caller.WrongScope => [HttpStatusCode.Forbidden],
        Caller.OtherTenant when endpoint.TenantResource => [HttpStatusCode.NotFound],
        _ when endpoint.Admitted is { } admitted => [admitted],
        // The fixture's generation is completed: a cancel is refused with 409 once intake has seen it end, 202 before.
        _ when endpoint.Name == "cancel" => [HttpStatusCode.Conflict, HttpStatusCode.Accepted],
        _ => [HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Accepted, HttpStatusCode.NoContent],
    };

    [Fact]
    public async Task Another_tenants_generation_answers_exactly_like_an_unknown_one()
    {
        var unknown = Guid.NewGuid();
        using var foreign = await gateway.SendAsync(HttpMethod.Get, $"v1/generations/{gateway.GenerationId}", gateway.KeyB);
        using var missing = await gateway.SendAsync(HttpMethod.Get, $"v1/generations/{unknown}", gateway.KeyB);

        var foreignProblem = JsonNode.Parse(await foreign.Content.ReadAsStringAsync())!;
        var missingProblem = JsonNode.Parse(await missing.Content.ReadAsStringAsync())!;
        Assert.Equal(missing.StatusCode, foreign.StatusCode);
        Assert.Equal(missingProblem["title"]!.GetValue<string>(), foreignProblem["title"]!.GetValue<string>());
        Assert.Equal(
            missingProblem["detail"]!.GetValue<string>().Replace(unknown.ToString(), "ID", StringComparison.Ordinal),
            foreignProblem["detail"]!.GetValue<string>().Replace(gateway.GenerationId.ToString(), "ID", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_tenants_list_holds_none_of_the_owners_generations()
    {
        using var list = await gateway.SendAsync(HttpMethod.Get, "v1/generations?pageSize=100", gateway.KeyB);

        var items = JsonNode.Parse(await list.Content.ReadAsStringAsync())!["items"]!.AsArray();
        Assert.All(items, item => Assert.Equal("matrix-b", item!["tenantId"]!.GetValue<string>()));
        Assert.DoesNotContain(items, item => item!["id"]!.GetValue<Guid>() == gateway.GenerationId);
    }

    [Fact]
    public async Task The_configured_admin_key_belongs_to_no_tenant_and_submits_nothing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v1/generations", UriKind.Relative)) { Content = JsonContent.Create(Rodin("an admin's chair")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestApiKeys.AdminKey);

        using var response = await gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("no tenant", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_v1_endpoint_asks_for_a_key_except_the_vendor_callbacks_and_signed_assets()
    {
        var open = gateway.Host.Services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("v1/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null || e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        // Callbacks carry the vendor's own token; an asset checks a key or its URL's signature itself.
        Assert.Equal(["v1/assets/{**key}", "v1/vendor-callbacks/portrait/{generationId:guid}"], open);
    }

    static object Webhook() => new { url = "https://hooks.example.com/matrix", events = new[] { "generation.completed" } };

    static JsonObject Rodin(string prompt) => new()
    {
        ["vendor"] = "rodin",
        ["kind"] = "text-to-3d",
        ["inputs"] = new JsonObject { ["prompt"] = prompt },
        ["options"] = new JsonObject { ["quality"] = "medium", ["outputFormats"] = new JsonArray("glb") },
        ["vendorOptions"] = new JsonObject { ["tier"] = "Regular" },
    };

    /// <summary>One embedded default with tenant A's completed generation and the keys of every caller.</summary>
    public sealed class Gateway : IAsyncLifetime
    {
        public StandaloneHost Host { get; } = new();

        public HttpClient Http { get; private set; } = null!;

        public Guid GenerationId { get; private set; }

        public string AssetPath { get; private set; } = null!;

        public string KeyA { get; private set; } = null!;

        public string KeyB { get; private set; } = null!;

        string _readOnlyA = null!;
        string _writeOnlyA = null!;
        string _revokedA = null!;
        Guid _spareKeyId;

        /// <summary>A key the admin may revoke (each revoking run revokes it again: 204 both times).</summary>
        public Guid SpareKeyId => _spareKeyId;

        /// <summary>Tenant A's webhook endpoint.</summary>
        public string WebhookId { get; private set; } = null!;

        /// <summary>Another endpoint of tenant A, for the delete row (only its owner's run deletes it).</summary>
        public string SpareWebhookId { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Host.StartAsync();
            Http = new HttpClient { BaseAddress = Host.BaseAddress };
            KeyA = (await TestApiKeys.CreateAsync(Http, "matrix-a")).Key;
            KeyB = (await TestApiKeys.CreateAsync(Http, "matrix-b")).Key;
            _readOnlyA = (await TestApiKeys.CreateAsync(Http, "matrix-a", GatewayScopes.GenerationsRead)).Key;
            _writeOnlyA = (await TestApiKeys.CreateAsync(Http, "matrix-a", GatewayScopes.GenerationsWrite)).Key;
            (_revokedA, var revokedId) = await TestApiKeys.CreateAsync(Http, "matrix-a");
            (_, _spareKeyId) = await TestApiKeys.CreateAsync(Http, "matrix-a");
            using (var revoke = await SendAsync(HttpMethod.Delete, $"v1/admin/api-keys/{revokedId}", TestApiKeys.AdminKey))
            {
                Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
            }

            using var api = new GatewayApi(Host.BaseAddress, "matrix-a", KeyA);
            GenerationId = await api.SubmitAsync(Rodin("the owner's chair"));
            var generation = await api.CompletedAsync(GenerationId);
            AssetPath = new Uri(generation["assets"]![0]!["url"]!.GetValue<string>()).AbsolutePath.TrimStart('/');
            WebhookId = await AddWebhookAsync();
            SpareWebhookId = await AddWebhookAsync();
        }

        async Task<string> AddWebhookAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v1/webhooks", UriKind.Relative)) { Content = JsonContent.Create(Webhook()) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", KeyA);
            using var response = await Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, body);
            return JsonNode.Parse(body)!["endpoint"]!["id"]!.ToString();
        }

        /// <summary>The Authorization header <paramref name="caller"/> sends to <paramref name="endpoint"/>, or null for none.</summary>
        public string? KeyOf(Caller caller, Endpoint endpoint) => caller switch
        {
            Caller.NoKey => null,
            Caller.MalformedKey => "Basic dXNlcjpwYXNz",
            Caller.UnknownKey => "Bearer gw_" + new string('A', 43),
            Caller.RevokedKey => "Bearer " + _revokedA,
            Caller.WrongScope => "Bearer " + (endpoint.Scope == GatewayScopes.GenerationsRead ? _writeOnlyA : _readOnlyA),
            Caller.OtherTenant => "Bearer " + (endpoint.Scope == GatewayScopes.Admin ? TestApiKeys.AdminKey : KeyB),
            Caller.OwnTenant => "Bearer " + (endpoint.Scope == GatewayScopes.Admin ? TestApiKeys.AdminKey : KeyA),
            _ => throw new ArgumentOutOfRangeException(nameof(caller)),
        };

        public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string key)
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            return await Http.SendAsync(request);
        }

        public async Task DisposeAsync()
        {
            Http?.Dispose();
            await Host.DisposeAsync();
        }
    }
}
