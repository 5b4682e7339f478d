using GenerationGateway.Adapters.Hunyuan.Tests.Support;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Hunyuan;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Flow;

public sealed class HunyuanVendorModuleTests(SeaArtSimulator simulator) : IClassFixture<SeaArtSimulator>, IDisposable
{
    readonly StubImageHost _images = new();

    public void Dispose() => _images.Dispose();

    [Fact]
    public void Registers_the_rules_the_workflow_and_the_client()
    {
        using var host = HunyuanAdapterHost.Build(simulator, _images);

        Assert.IsType<HunyuanRequestRules>(Assert.Single(host.Services.GetServices<IVendorRequestRules>()));
        Assert.IsType<HunyuanVendorWorkflow>(host.Services.GetRequiredService<HunyuanVendorWorkflow>());
        Assert.IsType<HunyuanClient>(host.Services.GetRequiredService<IHunyuanClient>());
        Assert.Equal(new Uri("https://openresty-gateway.api.seaart.ai/model/"), new HunyuanOptions().BaseUrl);
    }

    [Fact]
    public async Task A_base_url_without_the_final_slash_still_reaches_the_api()
    {
        var settings = HunyuanAdapterHost.Settings(simulator);
        settings["Vendors:Hunyuan:BaseUrl"] = simulator.ApiBase.AbsoluteUri.TrimEnd('/');
        using var host = HunyuanAdapterHost.Build(simulator, _images, settings);

        await Assert.ThrowsAsync<VendorCallException>(() => host.Services.GetRequiredService<IHunyuanClient>().GetTaskAsync("nothere", CancellationToken.None));

        Assert.Equal(("/seaart/model/v1/generation/task/nothere", 404), (simulator.Requests()[^1].Path, simulator.Requests()[^1].ResponseStatus));
    }

    [Fact]
    public async Task The_registered_client_asks_again_after_a_failed_task_query_but_never_sends_a_create_twice()
    {
        using var host = HunyuanAdapterHost.Build(simulator, _images);
        var client = host.Services.GetRequiredService<IHunyuanClient>();
        var creates = simulator.Creates().Count;

        await simulator.InjectAsync(new { kind = "http-status", status = 503, endpoint = "create" });
        var failure = await Assert.ThrowsAsync<VendorCallException>(() => client.CreateAsync(HunyuanParameters.Resolve(HunyuanRequests.Text()), CancellationToken.None));
        Assert.Equal((VendorErrorKind.Unavailable, creates + 1), (failure.Kind, simulator.Creates().Count));

        var submission = await client.CreateAsync(HunyuanParameters.Resolve(HunyuanRequests.Text()), CancellationToken.None);
        await simulator.InjectAsync(new { kind = "http-status", status = 503, endpoint = "task" });
        var task = await client.GetTaskAsync(submission.TaskId, CancellationToken.None);

        Assert.Equal(submission.TaskId, task.Id);
        Assert.Equal([503, 200], simulator.Requests().Where(x => x.Path.EndsWith("/task/" + submission.TaskId, StringComparison.Ordinal)).Select(x => x.ResponseStatus));
    }

    [Fact]
    public async Task Start_fails_without_an_api_key()
    {
        using var host = HunyuanAdapterHost.Build(simulator, _images, new Dictionary<string, string?>());

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Vendors:Hunyuan:ApiKey", failure.Message, StringComparison.Ordinal);
    }
}
