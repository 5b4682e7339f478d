using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenerationGateway.Adapters.Portrait.Callbacks;
using GenerationGateway.Adapters.Portrait.Tests.Infrastructure;
using GenerationGateway.TestSupport.Adapters;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Portrait.Tests.Endpoints;

/// <summary><c>POST /v1/vendor-callbacks/portrait/{generationId}</c>: authenticated by its token, de-duplicated, forwarded to the workflow.</summary>
public sealed class PortraitCallbackEndpointTests : IAsyncLifetime
{
    readonly PortraitSimulator _simulator = new();
    readonly StubPhotoHost _photos = new();
    readonly AdapterFactory<PortraitVendorWorkflow> _adapter;
    readonly CallbackSends _sends = new();
    HttpClient _http = null!;

    public PortraitCallbackEndpointTests()
    {
        _adapter = PortraitAdapter.Create(_simulator, _photos);
    }

    public Task InitializeAsync()
    {
        _adapter.Start();
        _adapter.Services.GetRequiredService<IBus>().ConnectSendObserver(_sends);
        _http = _adapter.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _adapter.DisposeAsync();
        _simulator.Dispose();
        _photos.Dispose();
    }

    Uri CallbackUrl(Guid generationId) => _adapter.Services.GetRequiredService<PortraitCallbackUrls>().For(generationId)!;

    static object Body(string taskId, int state, int type = 2) => new { state, id = taskId, tsk_type = type, result_paths = Array.Empty<string>() };

    [Fact]
    public async Task A_callback_with_its_token_is_forwarded_to_the_workflow_once()
    {
        var generationId = Guid.NewGuid();

        using var first = await _http.PostAsJsonAsync(CallbackUrl(generationId), Body("task-1", 3));
        using var repeat = await _http.PostAsJsonAsync(CallbackUrl(generationId), Body("task-1", 3));
        using var nextState = await _http.PostAsJsonAsync(CallbackUrl(generationId), Body("task-1", 5));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.True((await repeat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, nextState.StatusCode);
        Assert.Equal(2, _sends.For(generationId));
    }

    [Fact]
    public async Task The_envelope_shape_is_accepted_too()
    {
        var generationId = Guid.NewGuid();

        using var response = await _http.PostAsJsonAsync(CallbackUrl(generationId), new { ret = 0, body = Body("task-1", 3, type: 1) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _sends.For(generationId));
    }

    [Fact]
    public async Task A_token_minted_for_another_generation_is_refused()
    {
        var generationId = Guid.NewGuid();
        var other = CallbackUrl(Guid.NewGuid());
        var forged = new Uri($"/v1/vendor-callbacks/portrait/{generationId}{other.Query}", UriKind.Relative);

        using var response = await _http.PostAsJsonAsync(forged, Body("task-1", 3));
        using var missing = await _http.PostAsJsonAsync(new Uri($"/v1/vendor-callbacks/portrait/{generationId}", UriKind.Relative), Body("task-1", 3));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("token", problem.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(0, _sends.For(generationId));
    }

    [Fact]
    public async Task A_body_without_task_id_and_state_is_refused_naming_the_body()
    {
        var generationId = Guid.NewGuid();

        using var response = await _http.PostAsJsonAsync(CallbackUrl(generationId), new { hello = "world" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
        Assert.Equal(0, _sends.For(generationId));
    }
}
