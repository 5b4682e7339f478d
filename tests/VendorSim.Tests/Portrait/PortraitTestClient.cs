using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GenerationGateway.VendorSim.Tests.Portrait;

/// <summary>Calls the portrait simulator the way seed 004 documents the API (APPCODE auth, <c>{ret, body}</c> answers).</summary>
public sealed class PortraitTestClient : IDisposable
{
    public const string ApiBase = "/portrait/cloud";

    public static readonly string[] SeedStyles =
        ["20057d0c-8cef-447e-88d0-a8f3490fd0b0", "9ea64839-47df-4839-9823-cacac81eb933", "c505072e-66f0-4659-9b12-6da82ce6dc33"];

    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01];

    /// <summary>A client on a simulator of its own, with the default settings and key; disposing the client disposes the simulator.</summary>
    public static PortraitTestClient Start()
    {
        var simulator = new PortraitSimFactory();
        return new PortraitTestClient(simulator.CreateClient(), PortraitSimFactory.AppCode, simulator);
    }

    readonly IDisposable? _simulator;

    public PortraitTestClient(HttpClient http, string? appCode, IDisposable? simulator = null)
    {
        Http = http;
        _simulator = simulator;
        if (appCode is not null)
        {
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("APPCODE", appCode);
        }
    }

    public HttpClient Http { get; }

    public async Task<Answer> UploadAsync(byte[]? bytes = null, string part = "file")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes ?? Jpeg);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, part, "face.jpg");
        return await ReadAsync(await Http.PostAsync(new Uri($"{ApiBase}/upload_file", UriKind.Relative), form));
    }

    /// <summary>Uploads <paramref name="count"/> photos, asserting each answer; returns their paths.</summary>
    public async Task<string[]> UploadManyAsync(int count)
    {
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            paths.Add((await UploadAsync()).OkBody.GetString()!);
        }

        return [.. paths];
    }

    public Task<Answer> CreateUserModelAsync(object body) => PostAsync("aigc_user_model_create", body);

    /// <summary>Uploads 8 photos and starts a training; returns (task_id, user_id).</summary>
    public async Task<(string TaskId, string UserId)> TrainAsync(string? callbackUrl = null)
    {
        var body = (await CreateUserModelAsync(new { img_set = await UploadManyAsync(8), callback_url = callbackUrl })).OkBody;
        return (body.GetProperty("task_id").GetString()!, body.GetProperty("user_id").GetString()!);
    }

    public Task<Answer> CreateTaskAsync(string userId, string style, string? callbackUrl = null) =>
        PostAsync("aigc_task_create", new { user_id = userId, style, callback_url = callbackUrl });

    public Task<Answer> QueryAsync(string taskId) => PostAsync("aigc_task_query", new { task_id = taskId });

    public async Task<Answer> StylesAsync() =>
        await ReadAsync(await Http.GetAsync(new Uri($"{ApiBase}/aigc_product_brief_query", UriKind.Relative)));

    public async Task EnqueueFaultsAsync(string faultsJson)
    {
        using var content = new StringContent(faultsJson, new MediaTypeHeaderValue("application/json"));
        using var response = await Http.PostAsync(new Uri("/_sim/portrait/faults", UriKind.Relative), content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<Answer> PostAsync(string endpoint, object body) =>
        await ReadAsync(await Http.PostAsJsonAsync(new Uri($"{ApiBase}/{endpoint}", UriKind.Relative), body));

    public static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
            var message = response.Headers.TryGetValues("X-Ca-Error-Message", out var values) ? string.Join(' ', values) : null;
            return new Answer((int)response.StatusCode, document.RootElement.Clone(), message);
        }
    }

    public void Dispose()
    {
        Http.Dispose();
        _simulator?.Dispose();
    }

    /// <summary>An answer: HTTP status, JSON (null when empty), and the gateway's X-Ca-Error-Message.</summary>
    public sealed record Answer(int Status, JsonElement Json, string? GatewayMessage)
    {
        public int Ret => Json.GetProperty("ret").GetInt32();

        /// <summary>The body of a successful answer (HTTP 200, ret 0), failing the test otherwise.</summary>
        public JsonElement OkBody
        {
            get
            {
                Assert.True(Status == 200 && Json.ValueKind == JsonValueKind.Object && Ret == 0, $"Expected HTTP 200 ret 0, got {Status}: {Json}");
                return Json.GetProperty("body");
            }
        }
    }
}
