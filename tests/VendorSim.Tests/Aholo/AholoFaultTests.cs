using System.Net;
using System.Net.Http.Json;

namespace GenerationGateway.VendorSim.Tests.Aholo;

public sealed class AholoFaultTests
{
    static readonly string[] Ids = ["x"];

    [Theory]
    [InlineData(6)]
    [InlineData(8)]
    public async Task An_upload_fault_ends_the_next_upload_in_that_status(int status)
    {
        using var aholo = AholoSimulator.Start();
        await aholo.InjectAsync($$"""{"kind":"upload-failed","status":{{status}},"message":"storage is full"}""");
        var (token, _, _) = await aholo.TokenAsync();
        (await aholo.SingleUploadAsync(token, AholoTestClient.Bytes(10))).AssertOk();

        var answer = await aholo.StatusAsync(token);

        Assert.Equal(status, answer.D.GetProperty("status").GetInt32());
        Assert.Equal("storage is full", answer.D.GetProperty("errorMsg").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, answer.D.GetProperty("url").ValueKind);
        Assert.StartsWith("http://localhost/aholo/files/", await aholo.UploadAsync(AholoTestClient.Bytes(11)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_envelope_error_answers_http_200_with_that_code_once()
    {
        using var aholo = AholoSimulator.Start();
        await aholo.InjectAsync("""{"kind":"envelope-error","endpoint":"create-3d-gen","code":"11003","message":"Insufficient credits"}""");

        var refused = await aholo.ApiPostAsync("project/create-3d-gen", new { prompt = "a loft" });
        var next = await aholo.ApiPostAsync("project/create-3d-gen", new { prompt = "a loft" });

        refused.AssertError("11003");
        Assert.Equal("Insufficient credits", refused.M);
        next.AssertOk();
    }

    [Theory]
    [InlineData("task-list", 503)]
    [InlineData("token", 429)]
    public async Task An_http_status_fault_answers_that_status(string endpoint, int status)
    {
        using var aholo = AholoSimulator.Start();
        await aholo.InjectAsync($$"""{"kind":"http-status","endpoint":"{{endpoint}}","status":{{status}}}""");

        var answer = endpoint == "token"
            ? await aholo.ApiGetAsync("upload/token")
            : await aholo.ApiPostAsync("project/task/list/by-ids", Ids);

        Assert.Equal(status, answer.HttpStatus);
    }

    [Fact]
    public async Task A_request_fault_applies_after_the_signature_check()
    {
        using var factory = AholoSimulator.Create();
        using var badly = factory.Client(appSecret: "wrong");
        using var aholo = factory.Client();
        await aholo.InjectAsync("""{"kind":"envelope-error","endpoint":"token","code":"5000"}""");

        (await badly.ApiGetAsync("upload/token")).AssertError("1001");
        (await aholo.ApiGetAsync("upload/token")).AssertError("5000");
    }

    [Theory]
    [InlineData("""{"kind":"boom"}""", "[0].kind")]
    [InlineData("""{"kind":"envelope-error","endpoint":"token"}""", "[0].code")]
    [InlineData("""{"kind":"envelope-error","code":"9"}""", "[0].endpoint")]
    [InlineData("""{"kind":"upload-failed","status":5}""", "[0].status")]
    [InlineData("""{"kind":"job-status","status":3}""", "[0].status")]
    [InlineData("""{"kind":"http-status","endpoint":"files","status":200}""", "[0].status")]
    public async Task A_bad_fault_is_refused_naming_the_field(string fault, string field)
    {
        using var factory = AholoSimulator.Create();
        using var http = factory.CreateClient();

        using var response = await http.PostAsync(new Uri("/_sim/aholo/faults", UriKind.Relative), new StringContent(fault, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Reset_forgets_faults_projects_and_uploads()
    {
        using var aholo = AholoSimulator.Start();
        var id = await aholo.CreateGenerationAsync();
        await aholo.InjectAsync("""{"kind":"stall"}""");

        using var response = await aholo.Http.PostAsync(new Uri("/_sim/aholo/reset", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        (await aholo.ApiGetAsync("project/info", $"projectId={id}")).AssertError("2004");
        Assert.Equal("[]", await aholo.Http.GetStringAsync(new Uri("/_sim/aholo/faults", UriKind.Relative)));
    }
}
