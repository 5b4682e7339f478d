using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GenerationGateway.VendorSim.Tests.Infrastructure;

/// <summary>Calls the Rodin simulator the way the vendor documents it (multipart submit, JSON status/download).</summary>
public sealed class RodinTestClient : IDisposable
{
    public const string ApiBase = "/rodin/api/v2";

    /// <summary>A client on a simulator of its own, with the default settings and key; disposing the client disposes the simulator.</summary>
    public static RodinTestClient Start()
    {
        var simulator = new VendorSimFactory();
        return new RodinTestClient(simulator.CreateClient(), VendorSimFactory.ApiKey, simulator);
    }

    readonly IDisposable? _simulator;

    public RodinTestClient(HttpClient http, string? apiKey, IDisposable? simulator = null)
    {
        Http = http;
        _simulator = simulator;
        if (apiKey is not null)
        {
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
    }

    public HttpClient Http { get; }

    public static MultipartFormDataContent Form(int images, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        for (var i = 0; i < images; i++)
        {
            var image = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, (byte)i]);
            image.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(image, "images", $"view{i}.png");
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    public async Task<(int Status, JsonElement Body)> SubmitAsync(int images, params (string Name, string Value)[] fields)
    {
        using var form = Form(images, fields);
        return await SimulatorAnswer.ReadAsync(await Http.PostAsync(new Uri($"{ApiBase}/rodin", UriKind.Relative), form));
    }

    /// <summary>Submits a text-to-3D request and returns the 201 body, failing the test on anything else.</summary>
    public async Task<JsonElement> SubmitTextAsync(params (string Name, string Value)[] fields)
    {
        var (status, body) = await SubmitAsync(0, [("prompt", "a wooden chair"), .. fields]);
        Assert.True(status == 201, $"Expected 201, got {status}: {body}");
        return body;
    }

    public async Task<(int Status, JsonElement Body)> StatusAsync(string subscriptionKey) =>
        await PostJsonAsync("status", new { subscription_key = subscriptionKey });

    public async Task<string[]> JobStatusesAsync(JsonElement submitted)
    {
        var (status, body) = await StatusAsync(submitted.GetProperty("jobs").GetProperty("subscription_key").GetString()!);
        Assert.Equal(200, status);
        return [.. body.GetProperty("jobs").EnumerateArray().Select(j => j.GetProperty("status").GetString()!)];
    }

    public async Task<(int Status, JsonElement Body)> DownloadAsync(string taskUuid) =>
        await PostJsonAsync("download", new { task_uuid = taskUuid });

    /// <summary>The download list as (name, url) pairs, asserting the documented 201 + error "OK".</summary>
    public async Task<(string Name, Uri Url)[]> DownloadListAsync(JsonElement submitted)
    {
        var (status, body) = await DownloadAsync(submitted.GetProperty("uuid").GetString()!);
        Assert.Equal(201, status);
        Assert.Equal("OK", body.GetProperty("error").GetString());
        return [.. body.GetProperty("list").EnumerateArray()
            .Select(i => (i.GetProperty("name").GetString()!, new Uri(i.GetProperty("url").GetString()!)))];
    }

    public async Task<decimal> BalanceAsync()
    {
        var (status, body) = await SimulatorAnswer.ReadAsync(await Http.GetAsync(new Uri($"{ApiBase}/check_balance", UriKind.Relative)));
        Assert.Equal(200, status);
        return body.GetProperty("balance").GetDecimal();
    }

    public async Task EnqueueFaultsAsync(string faultsJson)
    {
        using var content = new StringContent(faultsJson, new MediaTypeHeaderValue("application/json"));
        using var response = await Http.PostAsync(new Uri("/_sim/rodin/faults", UriKind.Relative), content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<(int Status, JsonElement Body)> PostJsonAsync(string endpoint, object body) =>
        await SimulatorAnswer.ReadAsync(await Http.PostAsJsonAsync(new Uri($"{ApiBase}/{endpoint}", UriKind.Relative), body));

    public void Dispose()
    {
        Http.Dispose();
        _simulator?.Dispose();
    }
}
