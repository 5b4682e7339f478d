using GenerationGateway.TestSupport.Infrastructure;
using Xunit.Abstractions;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// RabbitMQ restarts while a job runs: every service reconnects and the job completes once.
/// Restarting the broker disturbs every other test using it, so tests/run.sh runs this category on its own.
/// </summary>
[Collection(ProcessTestGroup.Name)]
[Trait("Category", Category)]
public sealed class BrokerRestartTests(ITestOutputHelper output)
{
    public const string Category = "BrokerRestart";

    [Fact]
    public async Task A_job_completes_once_when_rabbitmq_restarts_mid_run()
    {
        await using var gateway = await GatewayDeployment.StartAsync();
        output.WriteLine($"[rabbitmq restart] {gateway.Description}");

        var id = await gateway.SubmitRodinAsync("a chair across a broker restart");
        await gateway.WaitForStatusAsync(id, "processing");
        await RabbitMqCtl.RestartBrokerAsync();
        var generation = await gateway.WaitForTerminalAsync(id);

        var submits = await gateway.SubmitCountAsync();
        var (rows, completed, assets) = await gateway.ResultRowsAsync(id);
        output.WriteLine($"[rabbitmq restart] broker restarted while processing; status {generation["status"]}, " +
            $"vendor submits {submits}, result rows {rows}, completed rows {completed}, asset rows {assets}");
        Assert.Equal("completed", generation["status"]!.GetValue<string>());
        Assert.Equal(1, submits);
        Assert.Equal(1, completed);

        var next = await gateway.SubmitRodinAsync("a chair after the restart");
        var after = await gateway.WaitForTerminalAsync(next);
        Assert.Equal("completed", after["status"]!.GetValue<string>());
    }
}
