using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GenerationGateway.TestSupport.Identity;

namespace GenerationGateway.Standalone.Tests;

/// <summary>The standalone intake knows all five vendors and runs each vendor's own rules before anything is published.</summary>
public sealed class StandaloneIntakeRulesTests : IAsyncLifetime
{
    readonly StandaloneHost _host = new();
    HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        await _host.StartAsync();
        using var admin = new HttpClient { BaseAddress = _host.BaseAddress };
        var (key, _) = await TestApiKeys.CreateAsync(admin, "standalone-rules");
        _http = new HttpClient(new BearerKeyHandler(key) { InnerHandler = new HttpClientHandler() }) { BaseAddress = _host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    public static TheoryData<string, string> BrokenRules() => new()
    {
        { """{"vendor":"rodin","kind":"text-to-3d","inputs":{},"vendorOptions":{"tier":"Regular"}}""", "inputs.prompt" },
        { """{"vendor":"hunyuan3d-pro","kind":"text-to-3d","inputs":{"prompt":"an owl"},"vendorOptions":{"faceCount":2999}}""", "vendorOptions.faceCount" },
        { """{"vendor":"dashscope-gen3d","kind":"character-from-photo","inputs":{"prompt":"a dancer","images":[{"url":"https://images.test/a.png"}]}}""", "inputs.prompt" },
        { """{"vendor":"aholo","kind":"scene-reconstruction","inputs":{"images":[]}}""", "inputs.images" },
        { """{"vendor":"portrait","kind":"portrait-photo-set","inputs":{"subjectReference":"customer-1"},"options":{"style":"any"}}""", "inputs.images" },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public async Task A_request_breaking_its_vendor_rule_is_a_400_naming_the_field(string request, string field)
    {
        var body = JsonNode.Parse(request)!.AsObject();
        body["tenantId"] = "standalone-rules";

        var problem = await RejectedAsync(body);

        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task An_unknown_vendor_is_refused_naming_the_five_known_vendors()
    {
        var problem = await RejectedAsync(new JsonObject { ["tenantId"] = "standalone-rules", ["vendor"] = "nope", ["kind"] = "text-to-3d", ["inputs"] = new JsonObject { ["prompt"] = "a chair" } });

        var message = problem["errors"]!["vendor"]![0]!.GetValue<string>();
        Assert.All(["rodin", "hunyuan3d-pro", "dashscope-gen3d", "aholo", "portrait"], vendor => Assert.Contains(vendor, message, StringComparison.Ordinal));
    }

    async Task<JsonObject> RejectedAsync(JsonObject body)
    {
        using var response = await _http.PostAsJsonAsync(new Uri("v1/generations", UriKind.Relative), body);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, problem.ToJsonString());
        return problem;
    }
}
