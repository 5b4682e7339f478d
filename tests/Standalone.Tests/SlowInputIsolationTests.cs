using System.Diagnostics;
using System.Text.Json.Nodes;
using GenerationGateway.TestSupport;

namespace GenerationGateway.Standalone.Tests;

/// <summary>
/// One tenant's slow inputs do not delay another tenant: with 20 Rodin jobs whose input images are held unanswered
/// (in flight on the adapter), another tenant's normal Rodin job completes within 2 s of its time when alone. Input
/// preparation runs on the vendor's own inputs queue, so the held fetches occupy none of the vendor calls.
/// </summary>
public sealed class SlowInputIsolationTests : IAsyncLifetime
{
    const int SlowJobs = 20;
    static readonly TimeSpan Allowance = TimeSpan.FromSeconds(2);

    readonly HeldInputHost _inputs = new();
    StandaloneHost _host = null!;
    GatewayApi _api = null!;

    public async Task InitializeAsync()
    {
        // The held host is a sandbox's input host on loopback: the test host allow-lists it (and the gateway's own origin is allowed).
        _host = new StandaloneHost(new Dictionary<string, string?> { ["Egress:AllowedHosts:0"] = _inputs.Authority });
        await _host.StartAsync();
        _api = new GatewayApi(_host.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _inputs.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Another_tenants_job_completes_within_two_seconds_of_its_time_alone_while_twenty_slow_inputs_are_in_flight()
    {
        var image = _api.Url("portrait/templates/20057d0c-8cef-447e-88d0-a8f3490fd0b0.png");
        await TimeAsync(Rodin("warm-up", image));
        var alone = await TimeAsync(Rodin("tenant-b", image));

        for (var i = 0; i < SlowJobs; i++)
        {
            await _api.SubmitAsync(Rodin("tenant-a", _inputs.Url($"view-{i}.png")));
        }

        await Eventually.HoldsAsync(() => _inputs.Held >= SlowJobs, TimeSpan.FromSeconds(30), () => $"{SlowJobs} input fetches held; {_inputs.Held} so far");
        var behindSlowInputs = await TimeAsync(Rodin("tenant-b", image));

        Assert.True(_inputs.Held >= SlowJobs);
        Assert.True(
            behindSlowInputs <= alone + Allowance,
            $"Alone {alone.TotalSeconds:F2} s, behind {SlowJobs} slow inputs {behindSlowInputs.TotalSeconds:F2} s (allowed {Allowance.TotalSeconds} s more).");
    }

    async Task<TimeSpan> TimeAsync(JsonObject request)
    {
        var watch = Stopwatch.StartNew();
        var id = await _api.SubmitAsync(request);
        await _api.CompletedAsync(id);
        return watch.Elapsed;
    }

    static JsonObject Rodin(string tenant, string imageUrl) => new()
    {
        ["tenantId"] = tenant,
        ["vendor"] = "rodin",
        ["kind"] = "image-to-3d",
        ["inputs"] = new JsonObject { ["images"] = new JsonArray(new JsonObject { ["url"] = imageUrl }) },
        ["vendorOptions"] = new JsonObject { ["tier"] = "Regular" },
    };
}
