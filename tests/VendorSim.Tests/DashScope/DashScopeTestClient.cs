using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.DashScope;

/// <summary>Calls the DashScope simulator the way the vendor documents it (seed 002, docs/vendors/dashscope.md).</summary>
public sealed class DashScopeTestClient : IDisposable
{
    public const string ApiKey = "test-dashscope-key";
    public const string ApiBase = "/dashscope/api/v1";
    public const string PhotoUrl = "https://images.test/person.jpg";

    public static readonly TimeSpan Pending = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Running = TimeSpan.FromSeconds(20);

    readonly bool _ownsFactory;

    public DashScopeTestClient(VendorSimFactory factory, string? apiKey = ApiKey)
        : this(factory, apiKey, ownsFactory: false)
    {
    }

    DashScopeTestClient(VendorSimFactory factory, string? apiKey, bool ownsFactory)
    {
        Factory = factory;
        _ownsFactory = ownsFactory;
        Http = factory.CreateClient();
        if (apiKey is not null)
        {
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
    }

    public VendorSimFactory Factory { get; }

    public HttpClient Http { get; }

    /// <summary>A client on a simulator of its own (<see cref="CreateFactory"/>'s defaults); disposing the client disposes the simulator.</summary>
    public static DashScopeTestClient Start() => new(CreateFactory(), ApiKey, ownsFactory: true);

    /// <summary>A simulator whose tasks are PENDING 10 s then RUNNING 20 s, on the factory's manual clock.</summary>
    public static VendorSimFactory CreateFactory(params (string Key, string Value)[] settings) => new(new Dictionary<string, string?>(
        new Dictionary<string, string?>
        {
            ["VendorSim:DashScope:ApiKey"] = ApiKey,
            ["VendorSim:DashScope:PendingDuration"] = Pending.ToString(),
            ["VendorSim:DashScope:RunningDuration"] = Running.ToString(),
        }.Concat(settings.Select(x => new KeyValuePair<string, string?>($"VendorSim:DashScope:{x.Key}", x.Value)))
        .GroupBy(x => x.Key).Select(x => x.Last())));

    public async Task<(int Status, JsonElement Body)> SubmitAsync(object body, bool asynchronous = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{ApiBase}/services/aigc/video-generation/3d-generation", UriKind.Relative))
        {
            Content = JsonContent.Create(body),
        };
        if (asynchronous)
        {
            request.Headers.Add("X-DashScope-Async", "enable");
        }

        return await SimulatorAnswer.ReadAsync(await Http.SendAsync(request));
    }

    /// <summary>Submits the documented body for one photo and returns the task id, failing the test on anything but 200 PENDING.</summary>
    public async Task<string> SubmitPhotoAsync()
    {
        var (status, body) = await SubmitAsync(new { model = "motionshop-gen3d", input = new { image_url = PhotoUrl } });
        Assert.True(status == 200, $"Expected 200, got {status}: {body}");
        Assert.Equal("PENDING", body.GetProperty("output").GetProperty("task_status").GetString());
        return body.GetProperty("output").GetProperty("task_id").GetString()!;
    }

    public async Task<(int Status, JsonElement Body)> TaskAsync(string taskId) =>
        await SimulatorAnswer.ReadAsync(await Http.GetAsync(new Uri($"{ApiBase}/tasks/{taskId}", UriKind.Relative)));

    /// <summary>The <c>output</c> of a task query, asserting HTTP 200.</summary>
    public async Task<JsonElement> OutputAsync(string taskId)
    {
        var (status, body) = await TaskAsync(taskId);
        Assert.True(status == 200, $"Expected 200, got {status}: {body}");
        return body.GetProperty("output");
    }

    public async Task<(int Status, JsonElement Body)> CancelAsync(string taskId) =>
        await SimulatorAnswer.ReadAsync(await Http.PostAsync(new Uri($"{ApiBase}/tasks/{taskId}/cancel", UriKind.Relative), null));

    public async Task<(int Status, JsonElement Body)> PostFaultsAsync(string json)
    {
        using var content = new StringContent(json, new MediaTypeHeaderValue("application/json"));
        return await SimulatorAnswer.ReadAsync(await Http.PostAsync(new Uri("/_sim/dashscope/faults", UriKind.Relative), content));
    }

    public async Task FaultAsync(string json)
    {
        var (status, body) = await PostFaultsAsync(json);
        Assert.True(status == 200, $"Expected 200, got {status}: {body}");
    }

    public void Dispose()
    {
        Http.Dispose();
        if (_ownsFactory)
        {
            Factory.Dispose();
        }
    }
}
