using System.Net;
using System.Text.Json.Nodes;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>Intake with the real Rodin rules its Program registers.</summary>
public sealed class RodinRequestTests(IntakeApp app) : IntakeAppTests(app)
{
    [Fact]
    public async Task Accepts_a_text_to_3d_request_for_rodin_and_routes_it_to_rodin()
    {
        var tenant = GenerationBodies.NewTenant();

        using var response = await Client.PostAsync(TextTo3d(tenant));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = await response.AcceptedIdAsync();
        var published = Assert.Single(App.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.GenerationId == id));
        Assert.Equal(RodinRequestRules.Key, published.Context.Message.Vendor);
        Assert.Equal("Regular", published.Context.Message.VendorOptions?.GetProperty("tier").GetString());
    }

    [Fact]
    public async Task Reports_rodins_own_rules_next_to_the_neutral_ones()
    {
        var body = TextTo3d(GenerationBodies.NewTenant());
        body["inputs"]!["prompt"] = null;
        body["inputs"]!["images"] = new JsonArray(new JsonObject { ["url"] = "https://images.example.com/a.png" });
        body["vendorOptions"]!["noSuchOption"] = 1;
        body["options"] = new JsonObject { ["targetFaceCount"] = -1 };

        using var response = await Client.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ValidationErrorsAsync();
        Assert.Equal(
            ["inputs.images", "inputs.prompt", "options.targetFaceCount", "vendorOptions.noSuchOption"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    static JsonObject TextTo3d(string tenantId) => new()
    {
        ["tenantId"] = tenantId,
        ["vendor"] = RodinRequestRules.Key,
        ["kind"] = "text-to-3d",
        ["inputs"] = new JsonObject { ["prompt"] = "a wooden chair" },
        ["vendorOptions"] = new JsonObject { ["tier"] = "Regular" },
    };
}
