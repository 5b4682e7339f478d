using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GenerationGateway.Identity;
using GenerationGateway.Identity.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.TestSupport.Identity;

/// <summary>API keys for test hosts: the admin key they are configured with, and tenants' keys made for a test.</summary>
public static class TestApiKeys
{
    /// <summary>The <c>Auth:AdminKey</c> every test host is given.</summary>
    public const string AdminKey = "test-admin-key-of-the-gateway-tests-0123456789";

    /// <summary>What a tenant's key in the tests may do: submit, cancel and read.</summary>
    public static readonly string[] TenantScopes = [GatewayScopes.GenerationsWrite, GatewayScopes.GenerationsRead];

    /// <summary>The <c>Assets:SigningKey</c> every test host is given.</summary>
    public const string AssetSigningKey = "test-asset-signing-key-of-the-gateway-tests-0123456789";

    /// <summary>The settings a host that authenticates keys (and signs asset URLs) needs, with the identity store in memory.</summary>
    public static IReadOnlyDictionary<string, string?> InMemorySettings { get; } = new Dictionary<string, string?>
    {
        ["Auth:AdminKey"] = AdminKey,
        ["Identity:Persistence"] = "InMemory",
        ["Assets:SigningKey"] = AssetSigningKey,
    };

    /// <summary>Stores a new key straight into the host's identity store (for hosts without the admin API).</summary>
    public static async Task<string> AddAsync(IServiceProvider services, string tenantId, params string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(services);
        var secret = ApiKeySecret.Generate();
        await services.GetRequiredService<IApiKeyStore>().AddAsync(new ApiKey
        {
            Id = Guid.NewGuid(),
            TenantId = tenantId,
            Name = "test",
            Scopes = scopes.Length == 0 ? TenantScopes : scopes,
            KeyHash = ApiKeySecret.Hash(secret),
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        return secret;
    }

    /// <summary>Creates a key through the admin API (<c>POST /v1/admin/api-keys</c>) with the admin key; returns the key and its id.</summary>
    public static async Task<(string Key, Guid Id)> CreateAsync(HttpClient http, string tenantId, params string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v1/admin/api-keys", UriKind.Relative))
        {
            Content = JsonContent.Create(new { tenantId, name = "test", scopes = scopes.Length == 0 ? TenantScopes : scopes }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Xunit.Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating a key for '{tenantId}' answered {(int)response.StatusCode}: {body}");
        var created = JsonNode.Parse(body)!;
        return (created["key"]!.GetValue<string>(), created["id"]!.GetValue<Guid>());
    }
}
