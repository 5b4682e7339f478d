using Xunit.Abstractions;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>Intake, the Rodin adapter and results as separate processes on real RabbitMQ and PostgreSQL.</summary>
[Collection(ProcessTestGroup.Name)]
public sealed class RodinEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    GatewayDeployment _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = await GatewayDeployment.StartAsync();
        output.WriteLine($"End-to-end against real services: {_gateway.Description}");
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task A_rodin_job_submitted_over_http_completes_with_its_assets_stored()
    {
        var id = await _gateway.SubmitRodinAsync("a small wooden chair");

        var generation = await _gateway.WaitForTerminalAsync(id);

        Assert.Equal("completed", generation["status"]!.GetValue<string>());
        Assert.Equal(100, generation["progress"]!.GetValue<int>());
        var assets = generation["assets"]!.AsArray();
        var model = assets.Single(a => a!["role"]!.GetValue<string>() == "model")!;
        Assert.Equal("glb", model["format"]!.GetValue<string>());
        Assert.StartsWith("sha256:", model["checksum"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(assets, a => a!["role"]!.GetValue<string>() == "preview");

        using var client = new HttpClient();
        var bytes = await client.GetByteArrayAsync(new Uri(model["url"]!.GetValue<string>()));
        Assert.Equal("glTF"u8.ToArray(), bytes[..4]);
        Assert.Equal(model["sizeBytes"]!.GetValue<long>(), bytes.LongLength);

        var submits = (await _gateway.SimulatorRequestsAsync())
            .Where(r => r!["method"]!.GetValue<string>() == "POST" && r["path"]!.GetValue<string>().EndsWith("/rodin", StringComparison.Ordinal))
            .ToList();
        var submit = Assert.Single(submits)!;
        Assert.Equal("Bearer", submit["authorizationScheme"]!.GetValue<string>());
        Assert.Equal("a small wooden chair", submit["form"]!["prompt"]![0]!.GetValue<string>());
        Assert.Equal("Regular", submit["form"]!["tier"]![0]!.GetValue<string>());

        var rows = await _gateway.ResultsDatabase.ScalarAsync<long>($"SELECT count(*) FROM results.generations WHERE id = '{id}' AND status = 'completed'");
        Assert.Equal(1, rows);
        output.WriteLine($"Generation {id} completed with {assets.Count} assets; simulator saw {submits.Count} submit; results holds {rows} completed row.");
    }

    [Fact]
    public async Task A_repeated_idempotency_key_yields_one_generation_and_one_vendor_job()
    {
        var key = "e2e-" + Guid.NewGuid().ToString("N");
        var first = await _gateway.SubmitRodinAsync("a teapot", key);
        var second = await _gateway.SubmitRodinAsync("a teapot", key);
        Assert.Equal(first, second);

        var generation = await _gateway.WaitForTerminalAsync(first);
        Assert.Equal("completed", generation["status"]!.GetValue<string>());

        var submits = (await _gateway.SimulatorRequestsAsync())
            .Count(r => r!["method"]!.GetValue<string>() == "POST" && r["path"]!.GetValue<string>().EndsWith("/rodin", StringComparison.Ordinal));
        Assert.Equal(1, submits);
    }
}
