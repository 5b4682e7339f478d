using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Identity;
using GenerationGateway.TestSupport.Sse;

namespace GenerationGateway.Standalone.Tests;

/// <summary>
/// The standalone gateway as a client sees it: the public HTTP API only (intake, results, assets, the portrait
/// style catalogue) with one tenant's API key, plus the simulators' request log under <c>/_sim</c>.
/// </summary>
public sealed class GatewayApi(Uri baseAddress, string tenantId, string key) : IDisposable
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    readonly HttpClient _http = new(new BearerKeyHandler(key) { InnerHandler = new HttpClientHandler() }) { BaseAddress = baseAddress };

    public Uri BaseAddress => baseAddress;

    /// <summary>The tenant whose key this client sends.</summary>
    public string TenantId => tenantId;

    /// <summary>A client with a new key of a new tenant (generations:write and generations:read), made with the admin key.</summary>
    public static async Task<GatewayApi> ForNewTenantAsync(Uri baseAddress, string tenantPrefix = "standalone")
    {
        var tenant = $"{tenantPrefix}-{Guid.NewGuid():N}";
        using var admin = new HttpClient { BaseAddress = baseAddress };
        var (key, _) = await TestApiKeys.CreateAsync(admin, tenant);
        return new GatewayApi(baseAddress, tenant, key);
    }

    /// <summary>A URL of this gateway's host, e.g. an embedded simulator's sample file.</summary>
    public string Url(string relative) => new Uri(baseAddress, relative).AbsoluteUri;

    /// <summary><c>POST /v1/generations</c>; the request must be accepted (202).</summary>
    public async Task<Guid> SubmitAsync(JsonObject request)
    {
        using var response = await _http.PostAsJsonAsync(new Uri("v1/generations", UriKind.Relative), request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Intake answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["generationId"]!.GetValue<Guid>();
    }

    /// <summary>Polls <c>GET /v1/generations/{id}</c> until the generation is terminal; it must have completed.</summary>
    public async Task<JsonObject> CompletedAsync(Guid generationId)
    {
        JsonObject? last = null;
        var ended = await Eventually.ValueAsync(
            async () =>
            {
                last = await GenerationAsync(generationId) ?? last;
                return last?["status"]!.GetValue<string>() is "completed" or "failed" or "cancelled" ? last : null;
            },
            Deadline,
            () => $"generation {generationId} ends; last seen: {last?.ToJsonString()}",
            PollInterval);
        var status = ended["status"]!.GetValue<string>();
        Assert.True(status == "completed", $"Generation {generationId} ended {status}: {ended.ToJsonString()}");
        return ended;
    }

    /// <summary><c>DELETE /v1/generations/{id}</c>: asks for the generation's cancellation; intake must accept it.</summary>
    public async Task CancelAsync(Guid generationId)
    {
        using var response = await _http.DeleteAsync(new Uri($"v1/generations/{generationId}", UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Cancel answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary><c>GET /v1/generations/{id}</c>, or null while it does not answer 200.</summary>
    public async Task<JsonObject?> GenerationAsync(Guid generationId)
    {
        using var response = await _http.GetAsync(new Uri($"v1/generations/{generationId}", UriKind.Relative));
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
    }

    /// <summary>Downloads an asset from its manifest URL and checks its size and <c>sha256:</c> checksum against the manifest.</summary>
    public async Task<byte[]> DownloadAsync(JsonNode asset)
    {
        var url = new Uri(asset["url"]!.GetValue<string>());
        Assert.StartsWith(Url("v1/assets/"), url.AbsoluteUri, StringComparison.Ordinal);
        using var response = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(asset["contentType"]!.GetValue<string>(), response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(asset["sizeBytes"]!.GetValue<long>(), bytes.LongLength);
        Assert.Equal(asset["checksum"]!.GetValue<string>(), "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)));
        return bytes;
    }

    /// <summary>Opens an SSE stream (<c>v1/generations/{id}/events</c>, <c>v1/events</c>) with this client's key.</summary>
    public Task<SseReader> EventsAsync(string relative, string? lastEventId = null) => SseReader.OpenAsync(_http, relative, lastEventId);

    /// <summary><c>GET</c> of a JSON document; it must answer 200.</summary>
    public async Task<JsonNode> GetJsonAsync(string relative)
    {
        using var response = await _http.GetAsync(new Uri(relative, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {relative} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary><c>GET</c> of a file, e.g. a style template; it must answer 200.</summary>
    public async Task<byte[]> GetBytesAsync(string url)
    {
        using var response = await _http.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The simulator's request log for one simulated vendor, oldest first.</summary>
    public async Task<IReadOnlyList<JsonNode>> VendorRequestsAsync(string vendor) =>
        (await GetJsonAsync($"_sim/requests?vendor={vendor}")).AsArray().Select(entry => entry!).ToList();

    public void Dispose() => _http.Dispose();
}
