using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GenerationGateway.Intake.Api;
using GenerationGateway.TestSupport.Identity;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Aholo;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.Adapters.Aholo.Tests.Intake;

/// <summary>
/// The real intake with Aholo's rules registered as <c>AddGatewayVendorRules()</c> does:
/// a request that breaks a rule is a 400 problem naming the field, before anything is published or paid.
/// </summary>
public sealed class AholoIntakeTests : IDisposable
{
    readonly WebApplicationFactory<IntakeOptions> _intake = new WebApplicationFactory<IntakeOptions>().WithWebHostBuilder(host =>
    {
        foreach (var (key, value) in TestApiKeys.InMemorySettings)
        {
            host.UseSetting(key, value);
        }

        host.UseSetting("Intake:Persistence", "InMemory");
        host.UseSetting("Messaging:Transport", "InMemory");
        host.ConfigureTestServices(services => services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, AholoRequestRules>()));
    });

    public void Dispose() => _intake.Dispose();

    static JsonArray Views(int count) => [.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject { ["url"] = $"https://inputs.test/view{i}.png" })];

    async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string kind, JsonObject inputs, JsonObject? vendorOptions = null, JsonObject? options = null)
    {
        using var http = _intake.CreateDefaultClient(new BearerKeyHandler(await TestApiKeys.AddAsync(_intake.Services, "tenant-a")));
        using var response = await http.PostAsJsonAsync("/v1/generations", new JsonObject
        {
            ["tenantId"] = "tenant-a",
            ["vendor"] = "aholo",
            ["kind"] = kind,
            ["inputs"] = inputs,
            ["options"] = options ?? [],
            ["vendorOptions"] = vendorOptions,
        });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    [Fact]
    public async Task A_reconstruction_of_nineteen_images_is_a_400_naming_the_images()
    {
        var (status, problem) = await PostAsync("scene-reconstruction", new JsonObject { ["images"] = Views(19) });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var message = problem.GetProperty("errors").GetProperty("inputs.images")[0].GetString();
        Assert.Contains("at least 20 images or a video", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reconstruction_of_twenty_images_is_accepted()
    {
        var (status, body) = await PostAsync("scene-reconstruction", new JsonObject { ["images"] = Views(20) }, options: new JsonObject { ["quality"] = "ultra" });

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal(JsonValueKind.String, body.GetProperty("generationId").ValueKind);
    }

    [Fact]
    public async Task A_reconstruction_of_one_video_is_accepted()
    {
        var (status, _) = await PostAsync("object-reconstruction", new JsonObject { ["videos"] = new JsonArray(new JsonObject { ["url"] = "https://inputs.test/turntable.mp4" }) });

        Assert.Equal(HttpStatusCode.Accepted, status);
    }

    [Theory]
    [InlineData("text-to-3d", """{}""", "inputs.prompt")]
    [InlineData("image-to-3d", """{"images":[{"url":"https://inputs.test/a.png"},{"url":"https://inputs.test/b.png"}]}""", "inputs.images")]
    [InlineData("text-to-3d", """{"prompt":"a loft","videos":[{"url":"https://inputs.test/a.mp4"}]}""", "inputs.videos")]
    public async Task A_generation_breaking_a_rule_is_a_400_naming_the_field(string kind, string inputs, string field)
    {
        var (status, problem) = await PostAsync(kind, JsonNode.Parse(inputs)!.AsObject());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_bad_vendor_option_is_a_400_naming_it()
    {
        var (status, problem) = await PostAsync("scene-reconstruction", new JsonObject { ["images"] = Views(20) }, new JsonObject { ["quality"] = "MAXIMUM" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("vendorOptions.quality", out _), problem.ToString());
    }
}
