using System.Net;
using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Results.Api.Tests;

public sealed class UsageApiTests(ResultsApiFactory factory) : IClassFixture<ResultsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    IGenerationStore Store => factory.Services.GetRequiredService<IGenerationStore>();

    [Fact]
    public async Task Answers_the_usage_of_a_range_as_camel_case_json()
    {
        var tenant = $"usage-{Guid.NewGuid():N}";
        var id = Guid.NewGuid();
        var at = new DateTimeOffset(2032, 2, 29, 12, 0, 0, TimeSpan.Zero);
        await Store.ApplyAsync(TestChanges.Requested(id, tenant, at: at), CancellationToken.None);
        await Store.ApplyAsync(
            TestChanges.Completed(id) with { OccurredAt = at.AddMinutes(1), Usage = new VendorUsage { Credits = 0.5m, Cost = 0.2m, Currency = "USD" } }, CancellationToken.None);

        using var response = await _client.GetAsync(new Uri($"/v1/usage?from=2032-02-01&to=2032-02-29&tenantId={tenant}", UriKind.Relative));

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
