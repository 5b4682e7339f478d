using GenerationGateway.ServiceDefaults.FaultInjection;
using Xunit.Abstractions;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// Nothing lost, nothing twice: a process is killed (SIGKILL) at a named fault point (it runs under the test-only fault
/// host, which registers the killing injector) and started again;
/// every job still completes, with exactly one vendor submit and exactly one completed record.
/// </summary>
[Collection(ProcessTestGroup.Name)]
public sealed class CrashTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(FaultPoints.SubmitAccepted)]
    [InlineData(FaultPoints.StatusChecked)]
    [InlineData(FaultPoints.AssetStored)]
    [InlineData(FaultPoints.SagaCommitted)]
    public async Task A_job_completes_once_when_the_adapter_is_killed_at(string crashPoint)
    {
        await using var gateway = await GatewayDeployment.StartAsync(adapterCrashPoint: crashPoint);
        output.WriteLine($"[{crashPoint}] {gateway.Description}");

        var id = await gateway.SubmitRodinAsync("a chair that survives crashes");
        var exitCode = await gateway.RodinAdapter.WaitForExitAsync(GatewayDeployment.GenerationTimeout);
        await gateway.ReplaceAdapterAsync();
        var generation = await gateway.WaitForTerminalAsync(id);

        var submits = await gateway.SubmitCountAsync();
        var (rows, completed, assets) = await gateway.ResultRowsAsync(id);
        output.WriteLine($"[{crashPoint}] adapter killed itself (exit {exitCode}); after restart: status {generation["status"]}, " +
            $"vendor submits {submits}, result rows {rows}, completed rows {completed}, asset rows {assets}");
        Assert.Equal("completed", generation["status"]!.GetValue<string>());
        Assert.Equal(1, submits);
        Assert.Equal(1, rows);
        Assert.Equal(1, completed);
        Assert.Equal(generation["assets"]!.AsArray().Count, assets);
    }

    [Fact]
    public async Task A_completion_is_recorded_once_when_results_is_killed_after_storing_it()
    {
        await using var gateway = await GatewayDeployment.StartAsync(resultsCrashPoint: FaultPoints.CompletionStored);
        output.WriteLine($"[{FaultPoints.CompletionStored}] {gateway.Description}");

        var id = await gateway.SubmitRodinAsync("a chair recorded once");
        var exitCode = await gateway.Results.WaitForExitAsync(GatewayDeployment.GenerationTimeout);
        await gateway.ReplaceResultsAsync();
        var generation = await gateway.WaitForTerminalAsync(id);

        var submits = await gateway.SubmitCountAsync();
        var (rows, completed, assets) = await gateway.ResultRowsAsync(id);
        output.WriteLine($"[{FaultPoints.CompletionStored}] results killed itself (exit {exitCode}); after restart: status {generation["status"]}, " +
            $"vendor submits {submits}, result rows {rows}, completed rows {completed}, asset rows {assets}");
        Assert.Equal("completed", generation["status"]!.GetValue<string>());
        Assert.Equal(1, submits);
        Assert.Equal(1, completed);
        Assert.Equal(generation["assets"]!.AsArray().Count, assets);
    }

    [Fact]
    public async Task A_job_completes_once_when_the_adapter_and_its_scheduler_are_killed_while_waiting_for_a_status_check()
    {
        await using var gateway = await GatewayDeployment.StartAsync();
        output.WriteLine($"[kill between status checks] {gateway.Description}");

        var id = await gateway.SubmitRodinAsync("a chair waiting for its timer");
        // Accepted: the vendor took the job and its first status check is due the vendor's hint (Rodin: 5 s) later. The
        // simulator's job is done by then, so that check goes straight to collecting: "processing" lasts only as long as the
        // collection and a poll can miss it.
        await gateway.WaitForStatusAsync(id, "accepted");
        gateway.RodinAdapter.Kill();
        var pending = await gateway.WorkflowDatabase.ScalarAsync<long>("SELECT count(*) FROM scheduled_messages");
        var watched = await gateway.WorkflowDatabase.ScalarAsync<long>("SELECT count(*) FROM status_checks");
        await gateway.ReplaceAdapterAsync();
        var generation = await gateway.WaitForTerminalAsync(id);

        var submits = await gateway.SubmitCountAsync();
        var (rows, completed, assets) = await gateway.ResultRowsAsync(id);
        output.WriteLine($"[kill between status checks] adapter killed with {pending} timer(s) pending and {watched} job(s) in status_checks; after restart: status {generation["status"]}, " +
            $"vendor submits {submits}, result rows {rows}, completed rows {completed}, asset rows {assets}");
        Assert.True(pending >= 1, "No timer (the deadline) was pending in PostgreSQL when the adapter was killed.");
        Assert.Equal("completed", generation["status"]!.GetValue<string>());
        Assert.Equal(1, submits);
        Assert.Equal(1, completed);
    }
}
