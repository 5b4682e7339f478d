using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.SeaArt;

/// <summary>Calls the SeaArt simulator the way SeaArt's CLI does: JSON create envelope, GET task by id.</summary>
public sealed class SeaArtTestClient : IDisposable
{
    public const string ApiKey = "test-seaart-key";
    public const string Model = "tencent_hunyuan_3d_pro";
    public const string ApiBase = "/seaart/model/v1/generation";

    public SeaArtTestClient(VendorSimFactory factory, string? apiKey = ApiKey)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Http = factory.CreateClient();
        if (apiKey is not null)
        {
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
    }

    public HttpClient Http { get; }

    /// <summary>The simulator with a test key, a 1 s queue and 4 s of generation on the factory's manual clock.</summary>
    public static VendorSimFactory Factory(params (string Key, string Value)[] settings) => new(new Dictionary<string, string?>(
        settings.Select(x => KeyValuePair.Create(x.Key, (string?)x.Value)))
    {
        ["VendorSim:SeaArt:ApiKey"] = ApiKey,
        ["VendorSim:SeaArt:InQueueDuration"] = "00:00:01",
        ["VendorSim:SeaArt:GeneratingDuration"] = "00:00:04",
    });

    public static JsonObject Envelope(JsonObject parameters, string? model = Model)
    {
        var envelope = new JsonObject { ["input"] = new JsonArray(new JsonObject { ["params"] = parameters }) };
        if (model is not null)
        {
            envelope["model"] = model;
        }

        return envelope;
    }

    public async Task<(int Status, JsonElement Body)> CreateAsync(JsonObject parameters, string? model = Model, string? modelHeader = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ApiBase, UriKind.Relative))
        {
            Content = new StringContent(Envelope(parameters, model).ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (modelHeader is not null)
        {
            request.Headers.Add("X-Model", modelHeader);
        }

        return await SimulatorAnswer.ReadAsync(await Http.SendAsync(request));
    }

    /// <summary>Creates a task and returns its id, failing the test on anything but 200.</summary>
    public async Task<string> CreateTaskAsync(JsonObject? parameters = null)
    {
        var (status, body) = await CreateAsync(parameters ?? new JsonObject { ["prompt"] = "a carved wooden owl" });
        Assert.True(status == 200, $"Expected 200, got {status}: {body}");
        return body.GetProperty("id").GetString()!;
    }

    public async Task<(int Status, JsonElement Body)> TaskAsync(string id) =>
        await SimulatorAnswer.ReadAsync(await Http.GetAsync(new Uri($"{ApiBase}/task/{id}", UriKind.Relative)));

    public async Task<JsonElement> TaskBodyAsync(string id)
    {
        var (status, body) = await TaskAsync(id);
        Assert.True(status == 200, $"Expected 200, got {status}: {body}");
        return body;
    }

    public async Task EnqueueFaultsAsync(string faultsJson)
    {
        using var content = new StringContent(faultsJson, new MediaTypeHeaderValue("application/json"));
        using var response = await Http.PostAsync(new Uri("/_sim/seaart/faults", UriKind.Relative), content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<HttpResponseMessage> PostControlAsync(string path, object body) =>
        await Http.PostAsJsonAsync(new Uri($"/_sim/seaart/{path}", UriKind.Relative), body);

    public void Dispose() => Http.Dispose();
}
