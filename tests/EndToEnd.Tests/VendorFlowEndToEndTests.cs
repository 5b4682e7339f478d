using GenerationGateway.Contracts;
using Xunit.Abstractions;
using GenerationGateway.VendorRules.Aholo;
using GenerationGateway.VendorRules.DashScope;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// Hunyuan 3D Pro, DashScope and Aholo through the public HTTP API, each adapter its own process on real RabbitMQ
/// and PostgreSQL: every flow completes once, its assets download with the manifest's sha256, and each vendor
/// sees only its own requests.
/// </summary>
[Collection(ProcessTestGroup.Name)]
public sealed class VendorFlowEndToEndTests(VendorFlowFixture fixture, ITestOutputHelper output) : IClassFixture<VendorFlowFixture>
{
    static readonly string[] PlyAndSpz = ["ply", "spz"];

    readonly GatewayDeployment _gateway = fixture.Gateway;

    [Fact]
    public async Task A_hunyuan_text_to_3d_job_completes_with_one_paid_submit()
    {
        var prompt = $"a carved wooden owl {Guid.NewGuid():N}";

        var flow = await VendorFlow.RunAsync(_gateway, HunyuanRequestRules.Key, HunyuanRequest(prompt), prompt);

        Report(flow);
        AssertCompletedOnce(flow);
        Assert.Contains(flow.Generation["assets"]!.AsArray(), a => a!["format"]!.GetValue<string>() == "glb");
    }

    [Fact]
    public async Task A_dashscope_character_job_completes_with_one_paid_submit()
    {
        var photo = $"https://photos.e2e.test/{Guid.NewGuid():N}/person.jpg";

        var flow = await VendorFlow.RunAsync(_gateway, DashScopeRequestRules.Key, DashScopeRequest(photo), photo);

        Report(flow);
        AssertCompletedOnce(flow);
        var model = Assert.Single(flow.Generation["assets"]!.AsArray())!;
        Assert.Equal("ply", model["format"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_aholo_reconstruction_from_20_views_completes_with_one_paid_submit()
    {
        var views = Enumerable.Range(1, 20).Select(i => new { url = AholoDeployment.SampleView(_gateway.Simulator.BaseAddress, i) }).ToArray();

        var flow = await VendorFlow.RunAsync(_gateway, AholoRequestRules.Key, new
        {
            tenantId = "e2e",
            vendor = AholoRequestRules.Key,
            kind = "scene-reconstruction",
            inputs = new { images = views },
            options = new { quality = "high", outputFormats = PlyAndSpz },
        });

        Report(flow);
        AssertCompletedOnce(flow);
        var create = Assert.Single(await _gateway.PaidSubmitsAsync(AholoRequestRules.Key, flow.GenerationId.ToString()));
        Assert.EndsWith("/create-3d-recon", create["path"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(20, create["jsonBody"]!["resources"]!.AsArray().Count);
        Assert.Equal(PlyAndSpz, flow.Generation["assets"]!.AsArray().Select(a => a!["format"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_aholo_generation_from_a_prompt_completes_with_one_paid_submit()
    {
        var flow = await VendorFlow.RunAsync(_gateway, AholoRequestRules.Key, new
        {
            tenantId = "e2e",
            vendor = AholoRequestRules.Key,
            kind = "text-to-3d",
            inputs = new { prompt = "a sunlit loft with a reading corner" },
        });

        Report(flow);
        AssertCompletedOnce(flow);
        var create = Assert.Single(await _gateway.PaidSubmitsAsync(AholoRequestRules.Key, flow.GenerationId.ToString()));
        Assert.EndsWith("/create-3d-gen", create["path"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_adapter_receives_only_its_own_vendors_requests()
    {
        var prompt = $"a brass lantern {Guid.NewGuid():N}";
        var photo = $"https://photos.e2e.test/{Guid.NewGuid():N}/person.jpg";
        var hunyuanId = await _gateway.SubmitAsync(HunyuanRequest(prompt));
        var dashScopeId = await _gateway.SubmitAsync(DashScopeRequest(photo));

        Report(await VendorFlow.FinishAsync(_gateway, HunyuanRequestRules.Key, hunyuanId, prompt));
        Report(await VendorFlow.FinishAsync(_gateway, DashScopeRequestRules.Key, dashScopeId, photo));

        var jobs = new Dictionary<string, (Guid Id, string Marker)>
        {
            [HunyuanRequestRules.Key] = (hunyuanId, prompt),
            [DashScopeRequestRules.Key] = (dashScopeId, photo),
        };
        foreach (var adapter in _gateway.Adapters)
        {
            var requests = (await _gateway.SimulatorRequestsAsync(adapter.Vendor.Vendor)).ToJsonString();
            foreach (var (vendor, (id, marker)) in jobs)
            {
                var own = vendor == adapter.Vendor.Vendor;
                var simulatorCalls = requests.Contains(marker, StringComparison.Ordinal);
                var adapterLogged = adapter.Process.Wrote(id.ToString());
                var ledgerRows = await adapter.SubmitLedgerRowsAsync(id);
                output.WriteLine($"[{adapter.Vendor} adapter] {vendor} generation {id}: simulator called {simulatorCalls}, adapter logged it {adapterLogged}, submit ledger rows {ledgerRows}");
                Assert.Equal(own, simulatorCalls);
                Assert.Equal(own, adapterLogged);
                Assert.Equal(own ? 1 : 0, ledgerRows);
            }
        }

        await AssertEachWorkflowQueueIsBoundToItsVendorOnlyAsync();
    }

    /// <summary>On the broker, each adapter's workflow queue takes requests and cancellations with its own vendor's routing key only.</summary>
    async Task AssertEachWorkflowQueueIsBoundToItsVendorOnlyAsync()
    {
        string[] routedExchanges = [$"{typeof(GenerationRequested).Namespace}:{nameof(GenerationRequested)}", $"{typeof(CancelGeneration).Namespace}:{nameof(CancelGeneration)}"];
        var bindings = await _gateway.VirtualHost.BindingsAsync();
        foreach (var adapter in _gateway.Adapters)
        {
            var vendor = adapter.Vendor.Vendor;
            var routed = bindings.Where(b => b.Destination == $"{vendor}-workflow" && routedExchanges.Contains(b.Source)).ToList();
            output.WriteLine($"[{vendor} adapter] queue {vendor}-workflow bound from {string.Join(", ", routed.Select(b => $"{b.Source} with '{b.RoutingKey}'"))}");
            Assert.Equal(routedExchanges.Order(), routed.Select(b => b.Source).Order());
            Assert.All(routed, binding => Assert.Equal(vendor, binding.RoutingKey));
            Assert.Contains(bindings, binding => binding.Destination == $"{vendor}-vendor-calls");
        }
    }

    static object HunyuanRequest(string prompt) => new
    {
        tenantId = "e2e",
        vendor = HunyuanRequestRules.Key,
        kind = "text-to-3d",
        inputs = new { prompt },
    };

    static object DashScopeRequest(string photo) => new
    {
        tenantId = "e2e",
        vendor = DashScopeRequestRules.Key,
        kind = "character-from-photo",
        inputs = new { images = new[] { new { url = photo } } },
    };

    void Report(FlowReport flow) => output.WriteLine(flow.ToString());

    static void AssertCompletedOnce(FlowReport flow)
    {
        Assert.Equal(1, flow.PaidSubmits);
        Assert.Equal(1, flow.ResultRows);
        Assert.Equal(1, flow.CompletedRows);
        Assert.True(flow.AssetsVerified > 0, "The generation completed without assets.");
        Assert.Equal(flow.AssetsVerified, flow.AssetRows);
    }
}
