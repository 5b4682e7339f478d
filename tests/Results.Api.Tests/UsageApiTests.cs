using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.Identity;
using GenerationGateway.Results.Api.Storage;
using GenerationGateway.TestSupport.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Results.Api.Tests;

public sealed class UsageApiTests(ResultsApiFactory factory) : IClassFixture<ResultsApiFactory>
{
    const string Range = "from=2032-02-01&to=2032-02-29";
    static readonly DateTimeOffset At = new(2032, 2, 29, 12, 0, 0, TimeSpan.Zero);

    readonly HttpClient _client = factory.CreateApiClient();

    IGenerationStore Store => factory.Services.GetRequiredService<IGenerationStore>();

    [Fact]
    public async Task Answers_the_usage_of_the_keys_tenant_as_camel_case_json()
    {
        var (tenant, other) = ($"usage-{Guid.NewGuid():N}", $"usage-{Guid.NewGuid():N}");
        await CompleteAsync(tenant, new VendorUsage { Credits = 0.5m, Cost = 0.2m, Currency = "USD" });
        await CompleteAsync(other, new VendorUsage { Credits = 9m });
        using var client = factory.CreateApiClient(tenant);

        using var response = await client.GetAsync(new Uri($"/v1/usage?{Range}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("2032-02-01", root.GetProperty("from").GetString());
        Assert.Equal("2032-02-29", root.GetProperty("to").GetString());
        var line = Assert.Single(root.GetProperty("lines").EnumerateArray());
        Assert.Equal("2032-02-29", line.GetProperty("date").GetString());
        Assert.Equal(tenant, line.GetProperty("tenantId").GetString());
        Assert.Equal(TestChanges.Vendor, line.GetProperty("vendor").GetString());
        Assert.Equal(1, line.GetProperty("generations").GetInt64());
        Assert.Equal(1, line.GetProperty("completed").GetInt64());
        Assert.Equal(0.5m, line.GetProperty("credits").GetDecimal());
        Assert.Equal(0.2m, line.GetProperty("cost").GetProperty("USD").GetDecimal());
    }

    [Fact]
    public async Task Answers_every_tenants_usage_to_an_admin_key_and_one_tenants_when_it_names_one()
    {
        var (first, second) = ($"usage-{Guid.NewGuid():N}", $"usage-{Guid.NewGuid():N}");
        await CompleteAsync(first, new VendorUsage { Credits = 1m });
        await CompleteAsync(second, new VendorUsage { Credits = 2m });
        using var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestApiKeys.AdminKey);

        var all = await LinesAsync(admin, $"/v1/usage?{Range}");
        var one = await LinesAsync(admin, $"/v1/usage?{Range}&tenantId={second}");

        Assert.Contains(all, x => x.GetProperty("tenantId").GetString() == first);
        Assert.Contains(all, x => x.GetProperty("tenantId").GetString() == second);
        Assert.Equal([second], one.Select(x => x.GetProperty("tenantId").GetString()));
    }

    [Fact]
    public async Task Refuses_another_tenant_a_key_without_read_scope_and_no_key()
    {
        var tenant = $"usage-{Guid.NewGuid():N}";
        var writeOnly = await TestApiKeys.AddAsync(factory.Services, tenant, GatewayScopes.GenerationsWrite);
        using var writer = factory.CreateClient();
        writer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", writeOnly);

        using var otherTenant = await _client.GetAsync(new Uri($"/v1/usage?tenantId={tenant}", UriKind.Relative));
        using var withoutScope = await writer.GetAsync(new Uri("/v1/usage", UriKind.Relative));
        using var anonymous = await factory.CreateClient().GetAsync(new Uri("/v1/usage", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withoutScope.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    async Task CompleteAsync(string tenant, VendorUsage usage)
    {
        var id = Guid.NewGuid();
        await Store.ApplyAsync(TestChanges.Requested(id, tenant, at: At), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Completed(id) with { OccurredAt = At.AddMinutes(1), Usage = usage }, CancellationToken.None);
    }

    static async Task<List<JsonElement>> LinesAsync(HttpClient client, string uri)
    {
        using var response = await client.GetAsync(new Uri(uri, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("lines").EnumerateArray().Select(x => x.Clone())];
    }

    [Theory]
    [InlineData("from=2026-02-30", "from")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-1-5", "to")]
    [InlineData("from=2026-03-02&to=2026-03-01", "from")]
    [InlineData("from=2024-01-01&to=2026-01-01", "to")]
    public async Task Names_the_bad_end_of_a_bad_range(string query, string field)
    {
        using var response = await _client.GetAsync(new Uri($"/v1/usage?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([field], json.RootElement.GetProperty("errors").EnumerateObject().Select(x => x.Name));
    }
}
