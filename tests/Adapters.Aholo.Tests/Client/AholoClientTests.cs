using GenerationGateway.Adapters.Aholo.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Aholo.Tests.Client;

/// <summary>The typed client against the simulator, which checks every signature exactly.</summary>
public sealed class AholoClientTests : IClassFixture<AholoSimulator>, IDisposable
{
    readonly AholoSimulator _simulator;
    readonly StubInputHost _inputs = new();

    public AholoClientTests(AholoSimulator simulator)
    {
        _simulator = simulator;
    }

    public void Dispose() => _inputs.Dispose();

    IHost Host(string? secret = null)
    {
        var settings = AholoAdapterHost.Settings(_simulator);
        settings["Vendors:Aholo:AppSecret"] = secret ?? AholoSimulator.AppSecret;
        return AholoAdapterHost.Build(_simulator, _inputs, settings);
    }

    [Fact]
    public async Task A_token_names_the_upload_host_and_its_block_size()
    {
        using var host = Host();

        var token = await host.Services.GetRequiredService<IAholoClient>().GetUploadTokenAsync(CancellationToken.None);

        Assert.Equal(32, token.Token.Length);
        Assert.Equal(new Uri(_simulator.BaseAddress, "aholo"), token.Origin);
        Assert.Equal(AholoSimulator.BlockSize, token.BlockSize);
    }

    [Fact]
    public async Task Every_call_is_signed_with_appkey_timestamp_appuid_and_sign()
    {
        using var host = Host();
        await host.Services.GetRequiredService<IAholoClient>().GetUploadTokenAsync(CancellationToken.None);

        var query = _simulator.Requests("/upload/token")[^1].Query;

        Assert.Equal(AholoSimulator.AppKey, query["appkey"].Single());
        Assert.Equal(AholoSimulator.AppUid, query["appuid"].Single());
        Assert.Equal(_simulator.Time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), query["timestamp"].Single());
        Assert.Equal(AholoSignature.Sign(AholoSimulator.AppSecret, AholoSimulator.AppKey, AholoSimulator.AppUid, query["timestamp"].Single()), query["sign"].Single());
    }

    [Fact]
    public async Task A_wrong_secret_is_a_permanent_auth_failure()
    {
        using var host = Host(secret: "not-the-secret");

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => host.Services.GetRequiredService<IAholoClient>().GetUploadTokenAsync(CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorAuthFailed, "1001"), (failure.Kind, failure.Reason, failure.VendorCode));
        Assert.Contains("Signature mismatch", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_the_vendor_does_not_know_has_no_info()
    {
        using var host = Host();

        Assert.Null(await host.Services.GetRequiredService<IAholoClient>().GetProjectInfoAsync("NO-SUCH-PROJECT", CancellationToken.None));
    }

    [Fact]
    public async Task Unknown_ids_are_left_out_of_the_task_list()
    {
        using var host = Host();

        Assert.Empty(await host.Services.GetRequiredService<IAholoClient>().ListTasksAsync(["NO-SUCH-PROJECT"], CancellationToken.None));
    }
}
