using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenerationGateway.Adapters.Portrait.Tests.Infrastructure;
using GenerationGateway.Identity;
using GenerationGateway.TestSupport.Adapters;
using GenerationGateway.TestSupport.Identity;

namespace GenerationGateway.Adapters.Portrait.Tests.Endpoints;

/// <summary><c>GET /v1/vendors/portrait/styles</c>: the vendor's catalogue served by the gateway, cached briefly.</summary>
public sealed class PortraitStylesEndpointTests : IDisposable
{
    static readonly Uri Styles = new("/v1/vendors/portrait/styles", UriKind.Relative);

    readonly PortraitSimulator _simulator = new();
    readonly StubPhotoHost _photos = new();

    public void Dispose()
    {
        _simulator.Dispose();
        _photos.Dispose();
    }

    AdapterFactory<PortraitVendorWorkflow> Adapter(IDictionary<string, string?>? overrides = null)
    {
        var adapter = PortraitAdapter.Create(_simulator, _photos, overrides);
        adapter.Start();
        return adapter;
    }

    /// <summary>A client with a key holding <c>generations:read</c> (the catalogue needs it).</summary>
    static async Task<HttpClient> ReaderAsync(AdapterFactory<PortraitVendorWorkflow> adapter, string scope = GatewayScopes.GenerationsRead) =>
        adapter.CreateDefaultClient(new BearerKeyHandler(await TestApiKeys.AddAsync(adapter.Services, "tenant-a", scope)));

    [Fact]
    public async Task Needs_a_key_with_generations_read()
    {
        using var adapter = Adapter();
        using var anonymous = adapter.CreateClient();
        using var writer = await ReaderAsync(adapter, GatewayScopes.GenerationsWrite);

        using var withoutKey = await anonymous.GetAsync(Styles);
        using var withoutScope = await writer.GetAsync(Styles);

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.StartsWith("Bearer", withoutKey.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, withoutScope.StatusCode);
        Assert.Equal("application/problem+json", withoutScope.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_simulator.Calls("aigc_product_brief_query"));
    }

    [Fact]
    public async Task Lists_the_vendor_styles_and_asks_the_vendor_once_while_cached()
    {
        using var adapter = Adapter();
        using var http = await ReaderAsync(adapter);

        var first = await http.GetFromJsonAsync<JsonElement>(Styles);
        await http.GetFromJsonAsync<JsonElement>(Styles);

        Assert.Equal("portrait", first.GetProperty("vendor").GetString());
        var style = first.GetProperty("styles")[0];
        Assert.Equal(PortraitSimulator.Styles[0], style.GetProperty("id").GetString());
        Assert.Equal("仙气十足", style.GetProperty("name").GetString());
        Assert.Equal("女", style.GetProperty("sex").GetString());
        Assert.StartsWith("http", style.GetProperty("templateUrl").GetString(), StringComparison.Ordinal);
        Assert.Single(_simulator.Calls("aigc_product_brief_query"));
    }

    [Fact]
    public async Task Asks_again_once_the_cache_has_expired()
    {
        using var adapter = Adapter(new Dictionary<string, string?> { ["Vendors:Portrait:StyleCacheDuration"] = "00:00:00" });
        using var http = await ReaderAsync(adapter);

        await http.GetFromJsonAsync<JsonElement>(Styles);
        await http.GetFromJsonAsync<JsonElement>(Styles);

        Assert.Equal(2, _simulator.Calls("aigc_product_brief_query").Count);
    }

    [Fact]
    public async Task A_vendor_that_refuses_is_a_bad_gateway()
    {
        await _simulator.InjectAsync(new { kind = "gateway-error", endpoint = "styles" });
        using var adapter = Adapter();
        using var http = await ReaderAsync(adapter);

        using var response = await http.GetAsync(Styles);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("Quota Exhausted", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vendor_that_cannot_be_reached_is_unavailable()
    {
        using var adapter = Adapter(new Dictionary<string, string?> { ["Vendors:Portrait:BaseUrl"] = "http://unreachable.test/portrait/" });
        using var http = await ReaderAsync(adapter);

        using var response = await http.GetAsync(Styles);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
