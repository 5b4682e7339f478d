using System.Net;
using System.Text;
using System.Text.Json;
using GenerationGateway.AssetStore;
using GenerationGateway.Results.Api.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>A key sees its own tenant's generations and assets; another tenant's answer exactly like missing ones.</summary>
public sealed class ResultsTenancyTests(ResultsApiFactory factory) : IClassFixture<ResultsApiFactory>
{
    IGenerationStore Store => factory.Services.GetRequiredService<IGenerationStore>();

    [Fact]
    public async Task Another_tenants_generation_answers_like_an_unknown_one()
    {
        var (owner, other) = ($"owner-{Guid.NewGuid():N}", $"other-{Guid.NewGuid():N}");
        var id = Guid.NewGuid();
        await Store.ApplyAsync(TestChanges.Requested(id, owner), CancellationToken.None);
        using var ownerClient = factory.CreateApiClient(owner);
        using var otherClient = factory.CreateApiClient(other);

        using var own = await ownerClient.GetAsync(new Uri($"/v1/generations/{id}", UriKind.Relative));
        using var foreign = await otherClient.GetAsync(new Uri($"/v1/generations/{id}", UriKind.Relative));
        var unknownId = Guid.NewGuid();
        using var unknown = await otherClient.GetAsync(new Uri($"/v1/generations/{unknownId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(
            Shape(await unknown.Content.ReadAsStringAsync(), unknownId),
            Shape(await foreign.Content.ReadAsStringAsync(), id));
    }

    [Fact]
    public async Task Lists_only_the_keys_tenant_and_refuses_to_list_another()
    {
        var (owner, other) = ($"owner-{Guid.NewGuid():N}", $"other-{Guid.NewGuid():N}");
        await Store.ApplyAsync(TestChanges.Requested(Guid.NewGuid(), owner), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Requested(Guid.NewGuid(), other), CancellationToken.None);
        await Store.ApplyAsync(TestChanges.Requested(Guid.NewGuid(), other), CancellationToken.None);
        using var ownerClient = factory.CreateApiClient(owner);

        using var list = await ownerClient.GetAsync(new Uri("/v1/generations", UriKind.Relative));
        using var foreign = await ownerClient.GetAsync(new Uri($"/v1/generations?tenantId={other}", UriKind.Relative));

        using var page = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
        Assert.Equal(1, page.RootElement.GetProperty("totalCount").GetInt64());
        Assert.All(page.RootElement.GetProperty("items").EnumerateArray(), item => Assert.Equal(owner, item.GetProperty("tenantId").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal("application/problem+json", foreign.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_tenants_asset_answers_like_a_missing_one()
    {
        var (owner, other) = ($"owner-{Guid.NewGuid():N}", $"other-{Guid.NewGuid():N}");
        var id = Guid.NewGuid();
        await Store.ApplyAsync(TestChanges.Requested(id, owner), CancellationToken.None);
        var key = AssetKey.For(id, "model.glb");
        using (var content = new MemoryStream(Encoding.UTF8.GetBytes("glTF")))
        {
            await factory.Services.GetRequiredService<IAssetStore>().PutAsync(key, content, "model/gltf-binary", CancellationToken.None);
        }

        using var ownerClient = factory.CreateApiClient(owner);
        using var otherClient = factory.CreateApiClient(other);

        using var own = await ownerClient.GetAsync(new Uri($"/v1/assets/{key}", UriKind.Relative));
        using var foreign = await otherClient.GetAsync(new Uri($"/v1/assets/{key}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("application/problem+json", foreign.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A problem's status, title and detail with the id taken out (trace ids differ by request).</summary>
    static string Shape(string problem, Guid id)
    {
        using var json = JsonDocument.Parse(problem);
        var root = json.RootElement;
        return $"{root.GetProperty("status").GetInt32()} {root.GetProperty("title").GetString()} "
            + root.GetProperty("detail").GetString()!.Replace(id.ToString(), "ID", StringComparison.Ordinal);
    }
}
