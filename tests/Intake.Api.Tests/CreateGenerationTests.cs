using System.Net;
using System.Text.Json.Nodes;
using GenerationGateway.Contracts;
using GenerationGateway.Intake.Api.Http;

namespace GenerationGateway.Intake.Api.Tests;

public sealed class CreateGenerationTests(IntakeApp app) : IntakeAppTests(app)
{
    [Fact]
    public async Task Accepts_a_valid_request_with_202_and_a_location_and_publishes_it()
    {
        var tenant = GenerationBodies.NewTenant();

        using var response = await Client.PostAsync(GenerationBodies.ForTestVendor(tenant));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = await response.AcceptedIdAsync();
        Assert.NotEqual(Guid.Empty, id);
        Assert.Equal($"/v1/generations/{id}", response.Headers.Location?.OriginalString);

        var published = Assert.Single(App.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.TenantId == tenant));
        var message = published.Context.Message;
        Assert.Equal(id, message.GenerationId);
        Assert.Equal(id, published.Context.MessageId);
        Assert.Equal(FakeVendorRules.Key, message.Vendor);
        Assert.Equal(TaskKind.ImageTo3d, message.Kind);
        Assert.Equal("order-42", message.ClientReference);
        Assert.Null(message.IdempotencyKey);
        Assert.Equal("a wooden chair", message.Inputs.Prompt);
        var image = Assert.Single(message.Inputs.Images);
        Assert.Equal("https://images.example.com/chair.png", image.Url);
        Assert.Equal("front", image.View);
        Assert.Equal(Quality.High, message.Options.Quality);
        Assert.Equal(50_000, message.Options.TargetFaceCount);
        Assert.Equal([AssetFormat.Glb, AssetFormat.Usdz], message.Options.OutputFormats);
        Assert.Equal(TextureMode.Pbr, message.Options.Texture);
        Assert.True(message.VendorOptions?.GetProperty("anything").GetBoolean());
        Assert.Equal(new Uri("https://client.example.com/hooks/generation"), message.Callback?.Url);
        Assert.NotNull(message.Deadline);
    }

    [Fact]
    public async Task Names_every_bad_field_at_once_including_the_vendors_own_rule()
    {
        var body = GenerationBodies.ForTestVendor(GenerationBodies.NewTenant());
        body.Remove("tenantId"); // the key's tenant
        body["inputs"]!["prompt"] = $"a {FakeVendorRules.ForbiddenWord} chair";
        body["inputs"]!["images"] = new JsonArray(
            new JsonObject { ["url"] = "https://images.example.com/ok.png" },
            new JsonObject { ["url"] = "ftp://images.example.com/a.png" },
            new JsonObject { ["url"] = "https://images.example.com/b.png", ["fileReference"] = "file-1" });
        body["options"]!["targetFaceCount"] = 0;
        body["deadline"] = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");
        body["callback"]!["url"] = "/relative/hook";

        using var response = await Client.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ValidationErrorsAsync();
        Assert.Equal(
            ["callback.url", "deadline", "inputs.images[1].url", "inputs.images[2]", "inputs.prompt", "options.targetFaceCount"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([FakeVendorRules.PromptError], errors["inputs.prompt"]);
        Assert.Empty(App.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.Inputs.Prompt == body["inputs"]!["prompt"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Names_the_field_of_each_unknown_enum_value()
    {
        var body = GenerationBodies.ForTestVendor(GenerationBodies.NewTenant());
        body["options"]!["quality"] = "insane";
        body["options"]!["outputFormats"] = new JsonArray("glb", "blend");

        using var response = await Client.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ValidationErrorsAsync();
        Assert.Equal(["options.outputFormats[1]", "options.quality"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("'insane' is not one of: low, medium, high, ultra.", errors["options.quality"]);
    }

    [Fact]
    public async Task Reports_an_unknown_kind_once_and_skips_the_rules_that_depend_on_it()
    {
        var body = GenerationBodies.ForTestVendor(GenerationBodies.NewTenant());
        body["kind"] = "cube-to-3d";
        body["inputs"]!["prompt"] = FakeVendorRules.ForbiddenWord;

        using var response = await Client.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ValidationErrorsAsync();
        var kind = Assert.Single(Assert.Single(errors).Value);
        Assert.StartsWith("'cube-to-3d' is not one of: text-to-3d, image-to-3d,", kind, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_kind_the_vendor_does_not_support()
    {
        var body = GenerationBodies.ForTestVendor(GenerationBodies.NewTenant());
        body["kind"] = "scene-reconstruction";

        using var response = await Client.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ValidationErrorsAsync();
        Assert.Equal(
            $"Vendor '{FakeVendorRules.Key}' does not support 'scene-reconstruction'. Supported: text-to-3d, image-to-3d.",
            Assert.Single(errors["kind"]));
    }

    [Fact]
    public async Task Lists_the_known_vendors_when_the_vendor_is_unknown()
    {
        var body = GenerationBodies.ForTestVendor(GenerationBodies.NewTenant());
        body["vendor"] = "acme";

        using var response = await Client.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ValidationErrorsAsync();
        Assert.Equal($"Unknown vendor 'acme'. Known vendors: aholo, dashscope-gen3d, hunyuan3d-pro, {FakeVendorRules.Key}, portrait, rodin.", Assert.Single(errors["vendor"]));
    }

    [Theory]
    [InlineData("targetFaceCount", "\"many\"", "options.targetFaceCount")]
    [InlineData("colour", "\"red\"", "options.colour")]
    public async Task Names_the_field_that_cannot_be_read(string option, string json, string field)
    {
        var body = GenerationBodies.ForTestVendor(GenerationBodies.NewTenant());
        body["options"]![option] = JsonNode.Parse(json);

        using var response = await Client.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ValidationErrorsAsync();
        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public async Task Answers_a_repeated_idempotency_key_with_the_same_generation_and_publishes_once()
    {
        var tenant = GenerationBodies.NewTenant();
        var key = Guid.NewGuid().ToString();
        var body = GenerationBodies.ForTestVendor(tenant);

        using var first = await Client.PostAsync(body, key);
        using var second = await Client.PostAsync(body, key);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var id = await first.AcceptedIdAsync();
        Assert.Equal(id, await second.AcceptedIdAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(["true"], second.Headers.GetValues(GenerationRoutes.IdempotentReplayedHeader));
        var published = Assert.Single(App.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.TenantId == tenant));
        Assert.Equal(key, published.Context.Message.IdempotencyKey);
    }

    [Fact]
    public async Task Keeps_the_same_idempotency_key_of_different_tenants_apart()
    {
        var key = Guid.NewGuid().ToString();

        using var first = await Client.PostAsync(GenerationBodies.ForTestVendor(GenerationBodies.NewTenant()), key);
        using var second = await Client.PostAsync(GenerationBodies.ForTestVendor(GenerationBodies.NewTenant()), key);

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.NotEqual(await first.AcceptedIdAsync(), await second.AcceptedIdAsync());
    }

    [Fact]
    public async Task Refuses_a_reused_idempotency_key_with_a_different_body_with_409()
    {
        var tenant = GenerationBodies.NewTenant();
        var key = Guid.NewGuid().ToString();
        var body = GenerationBodies.ForTestVendor(tenant);
        var changed = body.DeepClone();
        changed["inputs"]!["prompt"] = "a metal chair";

        using var first = await Client.PostAsync(body, key);
        using var second = await Client.PostAsync(changed, key);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Single(App.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.TenantId == tenant));
    }

    [Fact]
    public async Task Names_the_header_of_an_empty_idempotency_key()
    {
        using var response = await Client.PostAsync(GenerationBodies.ForTestVendor(GenerationBodies.NewTenant()), idempotencyKey: " ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([GenerationRoutes.IdempotencyKeyHeader], (await response.ValidationErrorsAsync()).Keys);
    }
}
