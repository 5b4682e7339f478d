using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GenerationGateway.Intake.Api;
using GenerationGateway.TestSupport.Identity;
using GenerationGateway.TestSupport.Images;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Hunyuan;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Intake;

/// <summary>
/// The real intake with Hunyuan's rules registered as <c>AddGatewayVendorRules()</c> does:
/// a request that breaks a rule is a 400 problem naming the field, before anything is published or paid.
/// </summary>
public sealed class HunyuanIntakeTests : IDisposable
{
    readonly WebApplicationFactory<IntakeOptions> _intake = new WebApplicationFactory<IntakeOptions>().WithWebHostBuilder(host =>
    {
        foreach (var (key, value) in TestApiKeys.InMemorySettings)
        {
            host.UseSetting(key, value);
        }

        host.UseSetting("Intake:Persistence", "InMemory");
        host.UseSetting("Messaging:Transport", "InMemory");
        host.ConfigureTestServices(services => services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, HunyuanRequestRules>()));
    });

    public void Dispose() => _intake.Dispose();

    static JsonObject Body(string kind, JsonObject inputs, JsonObject? vendorOptions = null, JsonObject? options = null) => new()
    {
        ["tenantId"] = "tenant-a",
        ["vendor"] = "hunyuan3d-pro",
        ["kind"] = kind,
        ["inputs"] = inputs,
        ["options"] = options ?? [],
        ["vendorOptions"] = vendorOptions,
    };

    async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(JsonObject body)
    {
        using var http = _intake.CreateDefaultClient(new BearerKeyHandler(await TestApiKeys.AddAsync(_intake.Services, "tenant-a")));
        using var response = await http.PostAsJsonAsync("/v1/generations", body);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    public static TheoryData<string, string> BrokenRules() => new()
    {
        { """{"kind":"text-to-3d","inputs":{"prompt":"an owl","images":[{"url":"https://images.test/a.png"}]}}""", "inputs" },
        { """{"kind":"sketch-to-3d","inputs":{"images":[{"url":"https://images.test/a.png"}]}}""", "inputs.prompt" },
        { """{"kind":"sketch-to-3d","inputs":{"prompt":"a rocket","images":[{"url":"https://images.test/a.png"},{"url":"https://images.test/b.png","view":"left"}]}}""", "inputs.images" },
        { """{"kind":"text-to-3d","inputs":{"prompt":"an owl"},"vendorOptions":{"faceCount":2999}}""", "vendorOptions.faceCount" },
        { """{"kind":"text-to-3d","inputs":{"prompt":"an owl"},"vendorOptions":{"generateType":"LowPoly"},"options":{"targetFaceCount":40000}}""", "options.targetFaceCount" },
        { """{"kind":"text-to-3d","inputs":{"prompt":"an owl"},"vendorOptions":{"polygonType":"triangle"}}""", "vendorOptions.polygonType" },
        { """{"kind":"text-to-3d","inputs":{"prompt":"an owl"},"vendorOptions":{"generateType":"Geometry","enablePbr":true}}""", "vendorOptions.enablePbr" },
        { """{"kind":"multi-view-to-3d","inputs":{"images":[{"url":"https://images.test/a.png"},{"url":"https://images.test/b.png","view":"diagonal"},{"url":"https://images.test/c.png","view":"back"}]}}""", "inputs.images[1].view" },
        { """{"kind":"multi-view-to-3d","inputs":{"images":[{"url":"https://images.test/a.png"},{"url":"https://images.test/b.webp","view":"left"}]}}""", "inputs.images[1].url" },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public async Task A_request_breaking_a_hunyuan_rule_is_a_400_naming_the_field(string request, string field)
    {
        var body = JsonNode.Parse(request)!.AsObject();
        body["tenantId"] = "tenant-a";
        body["vendor"] = "hunyuan3d-pro";

        var (status, problem) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_base64_image_too_small_is_a_400_at_intake()
    {
        var (status, problem) = await PostAsync(Body("image-to-3d", [], new JsonObject { ["imageBase64"] = Convert.ToBase64String(TestImages.Png(100, 100)) }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("128 to 5000 px", problem.GetProperty("errors").GetProperty("vendorOptions.imageBase64")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_request_is_accepted()
    {
        var (status, body) = await PostAsync(Body("text-to-3d", new JsonObject { ["prompt"] = "a carved wooden owl" },
            new JsonObject { ["generateType"] = "LowPoly", ["polygonType"] = "quadrilateral" }));

        Assert.True(status == HttpStatusCode.Accepted, body.ToString());
    }
}
