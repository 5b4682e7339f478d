using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.Intake.Api.Http;
using GenerationGateway.VendorRules;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>
/// What an attacker sends gets a 4xx problem document naming the field, and nothing reaches the bus. The bodies are
/// raw bytes, as they travel, so that invalid UTF-8 can be sent at all.
/// </summary>
public sealed class HostileInputTests(IntakeApp app) : IntakeAppTests(app)
{
    [Fact]
    public async Task A_body_over_the_limit_answers_413_whether_or_not_its_length_is_declared()
    {
        var tenant = GenerationBodies.NewTenant();
        var padding = new string('x', (int)new IntakeOptions().MaxRequestBodyBytes);
        var body = Encoding.UTF8.GetBytes($$$"""{"tenantId":"{{{tenant}}}","vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"{{{padding}}}"}}""");

        using var declared = await SendAsync(Json(body));
        using var chunked = await SendAsync(new StreamContent(new MemoryStream(body)));

        await AssertRefusedAsync(declared, HttpStatusCode.RequestEntityTooLarge, "body", tenant);
        await AssertRefusedAsync(chunked, HttpStatusCode.RequestEntityTooLarge, "body", tenant);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task A_body_that_is_not_declared_as_UTF8_JSON_answers_415(string? contentType)
    {
        var tenant = GenerationBodies.NewTenant();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(RodinBody(tenant)));
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);

        using var response = await SendAsync(content);

        await AssertRefusedAsync(response, HttpStatusCode.UnsupportedMediaType, "Content-Type", tenant);
    }

    [Theory]
    [InlineData("""{"images":[null]}""", "inputs.images[0]")]
    [InlineData("""{"images":[{"url":"https://images.example.com/a.png"},null]}""", "inputs.images[1]")]
    [InlineData("""{"videos":[null]}""", "inputs.videos[0]")]
    public async Task A_null_input_item_answers_400_under_its_index(string inputs, string field)
    {
        var tenant = GenerationBodies.NewTenant();
        var body = $$$"""{"tenantId":"{{{tenant}}}","vendor":"aholo","kind":"scene-reconstruction","inputs":{{{inputs}}}}""";

        await AssertRefusedAsync(await PostAsync(body), HttpStatusCode.BadRequest, field, tenant);
    }

    [Theory]
    [InlineData("""[null]""", "options.outputFormats[0]")]
    [InlineData("""["glb",null]""", "options.outputFormats[1]")]
    [InlineData("""["glb","exe"]""", "options.outputFormats[1]")]
    public async Task A_null_or_unknown_output_format_answers_400_instead_of_being_dropped(string formats, string field)
    {
        var tenant = GenerationBodies.NewTenant();
        var body = $$$"""{"tenantId":"{{{tenant}}}","vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"a chair"},"options":{"outputFormats":{{{formats}}}}}""";

        await AssertRefusedAsync(await PostAsync(body), HttpStatusCode.BadRequest, field, tenant);
    }

    [Theory]
    [InlineData("rodin", "text-to-3d", "vendorOptions")]
    [InlineData("hunyuan3d-pro", "text-to-3d", "vendorOptions")]
    [InlineData("portrait", "portrait-photo-set", "vendorOptions")]
    [InlineData("aholo", "text-to-3d", "vendorOptions")]
    public async Task Invalid_UTF8_in_a_vendor_option_key_answers_400(string vendor, string kind, string field)
    {
        var tenant = GenerationBodies.NewTenant();
        byte[] body =
        [
            .. Encoding.UTF8.GetBytes($$$"""{"tenantId":"{{{tenant}}}","vendor":"{{{vendor}}}","kind":"{{{kind}}}","inputs":{"prompt":"a chair","subjectReference":"s"},"vendorOptions":{"""),
            (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}', (byte)'}',
        ];

        await AssertRefusedAsync(await PostAsync(body), HttpStatusCode.BadRequest, field, tenant);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    public async Task Invalid_UTF8_in_a_vendor_option_value_or_the_prompt_answers_400_naming_it(byte[] invalid)
    {
        var tenant = GenerationBodies.NewTenant();
        byte[] inOption = [.. Encoding.UTF8.GetBytes($$$"""{"tenantId":"{{{tenant}}}","vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"a chair"},"vendorOptions":{"tier":"Reg"""), .. invalid, .. "\"}}"u8];
        byte[] inPrompt = [.. Encoding.UTF8.GetBytes($$$"""{"tenantId":"{{{tenant}}}","vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"a ch"""), .. invalid, .. "air\"}}"u8];

        await AssertRefusedAsync(await PostAsync(inOption), HttpStatusCode.BadRequest, "vendorOptions.tier", tenant);
        await AssertRefusedAsync(await PostAsync(inPrompt), HttpStatusCode.BadRequest, "inputs.prompt", tenant);
    }

    [Fact]
    public async Task A_lone_surrogate_escape_answers_400()
    {
        var tenant = GenerationBodies.NewTenant();
        var body = $$$"""{"tenantId":"{{{tenant}}}","vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"a chair \ud800"}}""";

        await AssertRefusedAsync(await PostAsync(body), HttpStatusCode.BadRequest, "inputs.prompt", tenant);
    }

    [Theory]
    [InlineData("inputs.prompt", @"a chair\u0000")]
    [InlineData("inputs.prompt", @"a chair\u0007")]
    [InlineData("inputs.prompt", @"a chair\u001b[31m")]
    [InlineData("clientReference", @"order\n42")]
    [InlineData("clientReference", @"order\u0085")]
    [InlineData("inputs.subjectReference", @"person\t1")]
    public async Task NUL_and_control_characters_in_identifiers_and_text_answer_400(string field, string escapedValue)
    {
        var tenant = GenerationBodies.NewTenant();
        var values = new Dictionary<string, string>
        {
            ["inputs.prompt"] = "a chair",
            ["clientReference"] = "order-42",
            ["inputs.subjectReference"] = "person-1",
        };
        values[field] = escapedValue;
        var body = $$$"""
            {"tenantId":"{{{tenant}}}","clientReference":"{{{values["clientReference"]}}}","vendor":"rodin","kind":"text-to-3d",
             "inputs":{"prompt":"{{{values["inputs.prompt"]}}}","subjectReference":"{{{values["inputs.subjectReference"]}}}"}}
            """;

        await AssertRefusedAsync(await PostAsync(body), HttpStatusCode.BadRequest, field, tenant);
    }

    [Fact]
    public async Task A_NUL_in_the_tenant_answers_400_and_a_prompt_may_still_hold_line_breaks()
    {
        var tenant = GenerationBodies.NewTenant();

        using var nul = await PostAsync($$$"""{"tenantId":"{{{tenant}}}\u0000","vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"a chair"},"vendorOptions":{"tier":"Regular"}}""");
        using var lines = await PostAsync($$$"""{"tenantId":"{{{GenerationBodies.NewTenant()}}}","vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"a chair\nwith\tarms"},"vendorOptions":{"tier":"Regular"}}""");

        await AssertRefusedAsync(nul, HttpStatusCode.BadRequest, "tenantId", tenant);
        Assert.Equal(HttpStatusCode.Accepted, lines.StatusCode);
    }

    [Theory]
    [InlineData("key\u0001")]
    [InlineData("key\u007f")]
    public async Task A_control_character_in_the_idempotency_key_answers_400(string key)
    {
        var tenant = GenerationBodies.NewTenant();
        using var request = new HttpRequestMessage(HttpMethod.Post, GenerationRoutes.Collection) { Content = Json(RodinBody(tenant)) };
        request.Headers.TryAddWithoutValidation(GenerationRoutes.IdempotencyKeyHeader, key);

        using var response = await Client.SendAsync(request);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, GenerationRoutes.IdempotencyKeyHeader, tenant);
    }

    [Theory]
    [InlineData("images", GenerationRequestRules.MaxImages + 1)]
    [InlineData("images", 1_000)]
    [InlineData("videos", GenerationRequestRules.MaxVideos + 1)]
    public async Task Aholo_reconstruction_takes_a_bounded_number_of_images_and_videos(string list, int count)
    {
        var tenant = GenerationBodies.NewTenant();
        var extension = list == "images" ? "png" : "mp4";
        var items = string.Join(',', Enumerable.Range(0, count).Select(i => $$$"""{"url":"https://files.example.com/{{{i}}}.{{{extension}}}"}"""));
        var body = $$$"""{"tenantId":"{{{tenant}}}","vendor":"aholo","kind":"scene-reconstruction","inputs":{"{{{list}}}":[{{{items}}}]}}""";

        await AssertRefusedAsync(await PostAsync(body), HttpStatusCode.BadRequest, $"inputs.{list}", tenant);
    }

    [Fact]
    public async Task Aholo_reconstruction_still_takes_the_most_images_allowed()
    {
        var tenant = GenerationBodies.NewTenant();
        var items = string.Join(',', Enumerable.Range(0, GenerationRequestRules.MaxImages).Select(i => $$$"""{"url":"https://files.example.com/{{{i}}}.png"}"""));

        using var response = await PostAsync($$$"""{"tenantId":"{{{tenant}}}","vendor":"aholo","kind":"scene-reconstruction","inputs":{"images":[{{{items}}}]}}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_callback_secret_is_no_longer_accepted_in_a_request()
    {
        var tenant = GenerationBodies.NewTenant();
        var body = $$$"""{"tenantId":"{{{tenant}}}","vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"a chair"},"callback":{"url":"https://client.example.com/hook","secret":"s3cret"}}""";

        await AssertRefusedAsync(await PostAsync(body), HttpStatusCode.BadRequest, "callback.secret", tenant);
    }

    static string RodinBody(string tenant) =>
        $$$"""{"tenantId":"{{{tenant}}}","vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"a chair"},"vendorOptions":{"tier":"Regular"}}""";

    static ByteArrayContent Json(string body) => Json(Encoding.UTF8.GetBytes(body));

    static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    Task<HttpResponseMessage> PostAsync(string body) => SendAsync(Json(body));

    Task<HttpResponseMessage> PostAsync(byte[] body) => SendAsync(Json(body));

    async Task<HttpResponseMessage> SendAsync(HttpContent content)
    {
        if (content is StreamContent && content.Headers.ContentType is null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, GenerationRoutes.Collection) { Content = content };
        return await Client.SendAsync(request);
    }

    /// <summary>The status, a problem document that names <paramref name="field"/>, and nothing published for the tenant.</summary>
    async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string field, string tenant)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} instead of {(int)status}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        var named = problem.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().Select(error => error.Name).ToArray()
            : [problem.GetProperty("field").GetString()!];
        Assert.True(named.Contains(field), $"The problem names [{string.Join(", ", named)}], not {field}: {text}");
        Assert.Empty(App.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.TenantId.StartsWith(tenant, StringComparison.Ordinal)));
    }
}
