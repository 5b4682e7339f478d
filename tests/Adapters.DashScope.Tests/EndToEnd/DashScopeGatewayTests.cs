using System.Text.Json.Nodes;
using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Infrastructure;

namespace GenerationGateway.Adapters.DashScope.Tests.EndToEnd;

/// <summary>
/// A DashScope job from the intake's HTTP request to the stored result, in both configurations: the embedded default
/// (in-memory bus and stores) and RabbitMQ + PostgreSQL (a virtual host and databases of its own).
/// </summary>
public sealed class DashScopeGatewayTests : IAsyncLifetime
{
    readonly List<IAsyncDisposable> _resources = [];
    readonly Dictionary<string, PostgresDatabase> _databases = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        for (var i = _resources.Count - 1; i >= 0; i--)
        {
            await _resources[i].DisposeAsync();
        }
    }

    async Task<GatewayHost> StandaloneAsync() => Track(await GatewayHost.StartAsync(new Dictionary<string, string?>
    {
        ["Messaging:Transport"] = "InMemory",
        ["Intake:Persistence"] = "InMemory",
        ["Results:Persistence"] = "InMemory",
    }));

    async Task<GatewayHost> OnRabbitMqAndPostgresAsync()
    {
        var virtualHost = Track(await RabbitMqVirtualHost.CreateAsync("dashscope"));
        var databases = new Dictionary<string, string?>();
        foreach (var service in new[] { "Intake", "Results", "Workflow" })
        {
            var database = Track(await PostgresDatabase.CreateAsync($"dashscope_e2e_{service.ToLowerInvariant()}"));
            _databases[service] = database;
            databases[$"ConnectionStrings:{service}"] = database.ConnectionString;
        }

        return Track(await GatewayHost.StartAsync(new Dictionary<string, string?>(virtualHost.Settings().Concat(databases))));
    }

    T Track<T>(T resource)
        where T : IAsyncDisposable
    {
        _resources.Add(resource);
        return resource;
    }

    static async Task AssertCompletedWithPlyAsync(GatewayHost gateway, Guid id)
    {
        var generation = await gateway.WaitForTerminalAsync(id);

        Assert.True(generation["status"]!.GetValue<string>() == "completed", generation.ToJsonString());
        var asset = Assert.Single(generation["assets"]!.AsArray())!;
        Assert.Equal(("model", "ply", "character.ply"), (asset["role"]!.GetValue<string>(), asset["format"]!.GetValue<string>(), asset["name"]!.GetValue<string>()));
        var bytes = await gateway.Client.GetByteArrayAsync(new Uri(asset["url"]!.GetValue<string>()));
        Assert.StartsWith("ply\nformat binary_little_endian 1.0\n", System.Text.Encoding.ASCII.GetString(bytes, 0, 40), StringComparison.Ordinal);
        Assert.Equal(asset["sizeBytes"]!.GetValue<long>(), bytes.LongLength);

        var submits = (await gateway.SimulatorRequestsAsync()).Where(r => r!["path"]!.GetValue<string>().EndsWith("/3d-generation", StringComparison.Ordinal)).ToList();
        var submit = Assert.Single(submits)!;
        Assert.Equal("https://images.test/person.jpg", submit["jsonBody"]!["input"]!["image_url"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dashscope_job_completes_in_the_embedded_default()
    {
        var gateway = await StandaloneAsync();

        await AssertCompletedWithPlyAsync(gateway, await gateway.SubmitAsync());
    }

    [Fact]
    public async Task A_dashscope_job_completes_on_rabbitmq_and_postgresql()
    {
        var gateway = await OnRabbitMqAndPostgresAsync();
        var id = await gateway.SubmitAsync();

        await AssertCompletedWithPlyAsync(gateway, id);

        Assert.Equal(1L, await _databases["Results"].ScalarAsync<long>($"SELECT count(*) FROM results.generations WHERE id = '{id}' AND status = 'completed'"));
        // The polls took their slots from the limiter every replica would share.
        Assert.Equal(1L, await _databases["Workflow"].ScalarAsync<long>("SELECT count(*) FROM rate_limit_slots WHERE bucket = 'dashscope-tasks'"));
    }

    [Fact]
    public async Task A_running_dashscope_job_cancelled_over_http_is_reported_as_not_stopped_on_rabbitmq_and_postgresql()
    {
        var gateway = await OnRabbitMqAndPostgresAsync();
        await gateway.FaultAsync(new { kind = "stall" });
        var id = await gateway.SubmitAsync();
        var taskId = await UntilAsync(gateway, $"v1/generations/{id}", body => body["vendorJobId"]?.GetValue<string>());
        await UntilAsync(gateway, $"dashscope/api/v1/tasks/{taskId}", body => body["output"]!["task_status"]!.GetValue<string>() == "RUNNING" ? "yes" : null);

        using var cancel = await gateway.Client.DeleteAsync(new Uri($"v1/generations/{id}", UriKind.Relative));
        var generation = await gateway.WaitForTerminalAsync(id);

        Assert.True(cancel.IsSuccessStatusCode, $"{cancel.StatusCode}");
        Assert.True(generation["status"]!.GetValue<string>() == "cancelled", generation.ToJsonString());
        Assert.False(generation["cancellation"]!["vendorJobStopped"]!.GetValue<bool>());
        Assert.Contains("could not be stopped", generation["cancellation"]!["note"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>Polls a JSON resource of the gateway (or of its embedded simulator) until <paramref name="read"/> finds a value.</summary>
    static Task<string> UntilAsync(GatewayHost gateway, string path, Func<JsonObject, string?> read) =>
        Eventually.ValueAsync(
            async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
                if (!path.StartsWith("v1/", StringComparison.Ordinal))
                {
                    // The simulator's own credential; the gateway's API gets the client's key from its handler.
                    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "sim-dashscope-key");
                }
                using var response = await gateway.Client.SendAsync(request);
                return response.IsSuccessStatusCode ? read((JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!) : null;
            },
            GatewayHost.GenerationTimeout,
            () => $"{path} never showed what the test waits for.",
            TimeSpan.FromMilliseconds(150));
}
