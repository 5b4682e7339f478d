using System.Net;
using System.Text;
using System.Text.Json;
using GenerationGateway.AssetStore;
using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Storage;
using MassTransit;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Results.Api.Tests;

public sealed class ResultsApiTests(ResultsApiFactory factory) : IClassFixture<ResultsApiFactory>
{
    readonly HttpClient _client = factory.CreateApiClient();

    IGenerationStore Store => factory.Services.GetRequiredService<IGenerationStore>();

    [Fact]
    public async Task Gets_a_generation_as_camel_case_json_with_wire_names()
    {
        var id = Guid.NewGuid();
        await Store.ApplyAsync(TestChanges.Requested(id), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Completed(id), CancellationToken.None);

        var response = await _client.GetAsync(new Uri($"/v1/generations/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(id, root.GetProperty("id").GetGuid());
        Assert.Equal("completed", root.GetProperty("status").GetString());
        Assert.Equal("text-to-3d", root.GetProperty("kind").GetString());
        Assert.Equal(100, root.GetProperty("progress").GetInt32());
        Assert.Equal("tenant-a", root.GetProperty("tenantId").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("failure").ValueKind);
        var asset = root.GetProperty("assets")[0];
        Assert.Equal("model", asset.GetProperty("role").GetString());
        Assert.Equal("glb", asset.GetProperty("format").GetString());
        Assert.Equal(1024, asset.GetProperty("sizeBytes").GetInt64());
        Assert.Equal("a red chair", root.GetProperty("request").GetProperty("inputs").GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task An_unknown_generation_is_a_404_problem()
    {
        var response = await _client.GetAsync(new Uri($"/v1/generations/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Lists_generations_filtered_by_status_vendor_and_tenant()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var done = Guid.NewGuid();
        await Store.ApplyAsync(TestChanges.Requested(done, tenant, "rodin"), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Completed(done), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Requested(Guid.NewGuid(), tenant, "rodin"), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Requested(Guid.NewGuid(), tenant, "aholo"), CancellationToken.None);

        using var client = factory.CreateApiClient(tenant);
        var completed = await GetJsonAsync($"/v1/generations?tenantId={tenant}&status=completed&vendor=rodin", client);
        Assert.Equal(1, completed.GetProperty("totalCount").GetInt64());
        Assert.Equal(done, completed.GetProperty("items")[0].GetProperty("id").GetGuid());

        var paged = await GetJsonAsync($"/v1/generations?page=2&pageSize=2", client);
        Assert.Equal(3, paged.GetProperty("totalCount").GetInt64());
        Assert.Equal(2, paged.GetProperty("page").GetInt32());
        Assert.Equal(2, paged.GetProperty("pageSize").GetInt32());
        Assert.Equal(1, paged.GetProperty("items").GetArrayLength());

        var aholo = await GetJsonAsync($"/v1/generations?vendor=aholo", client);
        Assert.Equal(1, aholo.GetProperty("totalCount").GetInt64());
        Assert.Equal(20, aholo.GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("status=finished", "status")]
    public async Task A_bad_query_value_is_a_400_problem_naming_the_field(string query, string field)
    {
        var response = await _client.GetAsync(new Uri($"/v1/generations?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Downloads_a_stored_asset_and_answers_404_for_a_missing_one()
    {
        var key = await GenerationAssetKeyAsync("model.glb");
        var bytes = Encoding.UTF8.GetBytes("glTF binary stand-in");
        using (var content = new MemoryStream(bytes))
        {
            await factory.Services.GetRequiredService<IAssetStore>().PutAsync(key, content, "model/gltf-binary", CancellationToken.None);
        }

        var response = await _client.GetAsync(new Uri($"/v1/assets/{key}", UriKind.Relative));
        var missing = await _client.GetAsync(new Uri($"/v1/assets/{Guid.NewGuid():N}/model.glb", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("model/gltf-binary", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_file_download_offers_ranges_and_an_object_storage_download_announces_its_length()
    {
        var key = await GenerationAssetKeyAsync("model.glb");
        var bytes = Encoding.UTF8.GetBytes("glTF binary stand-in, from a bucket");
        using (var content = new MemoryStream(bytes))
        {
            await factory.Services.GetRequiredService<IAssetStore>().PutAsync(key, content, "model/gltf-binary", CancellationToken.None);
        }

        using var bucket = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IAssetStore>(new UnseekableAssetStore(bytes, "model/gltf-binary"))));
        using var bucketClient = bucket.CreateApiClient();

        var fromFile = await _client.GetAsync(new Uri($"/v1/assets/{key}", UriKind.Relative));
        var fromBucket = await bucketClient.GetAsync(new Uri($"/v1/assets/{key}", UriKind.Relative));

        Assert.Equal("bytes", Assert.Single(fromFile.Headers.AcceptRanges));
        Assert.Equal(bytes.Length, fromBucket.Content.Headers.ContentLength);
        Assert.Empty(fromBucket.Headers.AcceptRanges);
        Assert.Equal(bytes, await fromBucket.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_store_that_presigns_downloads_is_answered_with_a_redirect_to_its_url()
    {
        var key = await GenerationAssetKeyAsync("model.glb");
        var presigned = new Uri($"https://assets.example-bucket.test/{key}?X-Amz-Signature=abc");
        using var bucket = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IAssetStore>(new UnseekableAssetStore([1, 2, 3], "model/gltf-binary", presigned))));
        using var bucketClient = bucket.CreateApiClient(options: new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await bucketClient.GetAsync(new Uri($"/v1/assets/{key}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(presigned, response.Headers.Location);
    }

    [Fact]
    public async Task Events_published_on_the_bus_show_up_in_the_api()
    {
        var id = Guid.NewGuid();
        var bus = factory.Services.GetRequiredService<IBus>();
        var requested = new ConsumedSignal<GenerationRequested>(x => x.GenerationId == id);
        var failed = new ConsumedSignal<GenerationFailed>(x => x.GenerationId == id);
        using var requestedObserver = bus.ConnectConsumeMessageObserver(requested);
        using var failedObserver = bus.ConnectConsumeMessageObserver(failed);

        await bus.Publish(TestChanges.Request(id, vendor: "hunyuan3d-pro"));
        await bus.Publish(new GenerationFailed { GenerationId = id, Vendor = "hunyuan3d-pro", Reason = FailureReason.ContentRejected, Retryable = false });
        await Task.WhenAll(requested.Consumed, failed.Consumed);

        var generation = await GetJsonAsync($"/v1/generations/{id}");
        Assert.Equal("failed", generation.GetProperty("status").GetString());
        Assert.Equal("content-rejected", generation.GetProperty("failure").GetProperty("reason").GetString());
        Assert.Equal("tenant-a", generation.GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task Ready_health_includes_the_database_and_the_schema_was_migrated_at_start()
    {
        var response = await _client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ResultsMigrations.All.Count, await factory.Database.CountAsync("SELECT count(*) FROM schema_version WHERE component = 'results'"));
        Assert.Contains(
            factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckServiceOptions>>().Value.Registrations,
            x => x.Name == GenerationGateway.Messaging.Postgres.PostgresReadinessCheck.Name && x.Tags.Contains("ready"));
    }

    /// <summary>The asset key of a new generation of tenant-a (assets are served only to their generation's tenant).</summary>
    async Task<string> GenerationAssetKeyAsync(string fileName)
    {
        var id = Guid.NewGuid();
        await Store.ApplyAsync(TestChanges.Requested(id), CancellationToken.None);
        return AssetKey.For(id, fileName);
    }

    async Task<JsonElement> GetJsonAsync(string path, HttpClient? client = null)
    {
        var response = await (client ?? _client).GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
