using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GenerationGateway.AssetStore;
using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Assets;
using GenerationGateway.Results.Api.Storage;
using GenerationGateway.TestSupport.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>
/// The manifest a tenant reads: signed asset URLs a browser loads without a header, no vendor links, no user-info in
/// the request's URLs.
/// </summary>
public sealed class SignedAssetUrlTests(ResultsApiFactory factory) : IClassFixture<ResultsApiFactory>
{
    IGenerationStore Store => factory.Services.GetRequiredService<IGenerationStore>();

    async Task<(Guid Id, JsonNode Generation)> CompletedWithStoredModelAsync(string tenant)
    {
        var id = Guid.NewGuid();
        var request = TestChanges.Requested(id, tenant);
        var withSecretUrl = request with
        {
            Request = request.Request! with
            {
                Inputs = new GenerationInputs { Prompt = "a chair", Images = [new InputImage { Url = "https://user:s3cret@images.example/chair.png" }] },
            },
        };
        await Store.ApplyAsync(withSecretUrl, CancellationToken.None);
        var completed = TestChanges.Completed(id, "model.glb");
        var publicBase = factory.Services.GetRequiredService<IOptions<AssetStoreOptions>>().Value.PublicBaseUrl;
        await Store.ApplyAsync(completed with { Assets = [completed.Assets[0] with { Url = new Uri(publicBase, AssetKey.For(id, "model.glb")) }] }, CancellationToken.None);
        using (var content = new MemoryStream(Encoding.UTF8.GetBytes("glTF stand-in")))
        {
            await factory.Services.GetRequiredService<IAssetStore>().PutAsync(AssetKey.For(id, "model.glb"), content, "model/gltf-binary", CancellationToken.None);
        }

        using var client = factory.CreateApiClient(tenant);
        return (id, JsonNode.Parse(await client.GetStringAsync(new Uri($"/v1/generations/{id}", UriKind.Relative)))!);
    }

    [Fact]
    public async Task The_manifest_url_is_signed_and_loads_without_a_key()
    {
        var (_, generation) = await CompletedWithStoredModelAsync($"tenant-{Guid.NewGuid():N}");
        var url = new Uri(generation["assets"]![0]!["url"]!.GetValue<string>());
        using var anonymous = factory.CreateClient();

        using var response = await anonymous.GetAsync(url.PathAndQuery);

        Assert.Contains("expires=", url.Query, StringComparison.Ordinal);
        Assert.Contains("signature=", url.Query, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("glTF stand-in", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_tampered_signature_or_expiry_is_refused_and_without_either_a_key_is_needed()
    {
        var (id, generation) = await CompletedWithStoredModelAsync($"tenant-{Guid.NewGuid():N}");
        var url = new Uri(generation["assets"]![0]!["url"]!.GetValue<string>());
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        var expires = long.Parse(query["expires"]!, System.Globalization.CultureInfo.InvariantCulture);
        using var anonymous = factory.CreateClient();

        using var laterExpiry = await anonymous.GetAsync($"{url.AbsolutePath}?expires={expires + 3600}&signature={query["signature"]}");
        using var otherAsset = await anonymous.GetAsync($"/v1/assets/{id:N}/other.glb?expires={expires}&signature={query["signature"]}");
        using var unsigned = await anonymous.GetAsync(url.AbsolutePath);

        Assert.Equal(HttpStatusCode.Forbidden, laterExpiry.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherAsset.StatusCode);
        Assert.Equal("application/problem+json", laterExpiry.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.StartsWith("Bearer", unsigned.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_no_vendor_url_and_no_user_info_of_input_urls()
    {
        var (_, generation) = await CompletedWithStoredModelAsync($"tenant-{Guid.NewGuid():N}");

        Assert.Null(generation["assets"]![0]!["vendorUrl"]);
        Assert.Equal("https://images.example/chair.png", generation["request"]!["inputs"]!["images"]![0]!["url"]!.GetValue<string>());
        Assert.DoesNotContain("s3cret", generation.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("vendor.example", generation.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_expires_after_its_lifetime()
    {
        var clock = new SteppedClock(DateTimeOffset.Parse("2026-12-07T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var signer = new AssetUrlSigner(
            Options.Create(new AssetUrlOptions { SigningKey = TestApiKeys.AssetSigningKey, SignedUrlLifetime = TimeSpan.FromMinutes(10) }),
            Options.Create(new AssetStoreOptions()),
            clock);
        var signed = signer.Sign(new Uri("http://localhost:5080/v1/assets/abc/model.glb"));
        var query = System.Web.HttpUtility.ParseQueryString(signed.Query);

        var validNow = signer.IsValid("abc/model.glb", query["expires"], query["signature"]);
        clock.Now += TimeSpan.FromMinutes(10);
        var validAtExpiry = signer.IsValid("abc/model.glb", query["expires"], query["signature"]);

        Assert.True(validNow);
        Assert.False(validAtExpiry);
        Assert.False(signer.IsValid("abc/model.glb", query["expires"], "AAAA"));
    }

    sealed class SteppedClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
