using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults.FaultInjection;
using Npgsql;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>
/// Only the real ambiguity (intent recorded, no answer) is submit-outcome-unknown: a database error before the submit's
/// intent is recorded means the vendor was not called, so the submit is retried like any transient fault.
/// </summary>
public sealed class SubmitNotStartedTests
{
    static NpgsqlException DatabaseDown() => new("Failed to connect to 127.0.0.1:5432 (the injected outage)");

    [Fact]
    public async Task A_database_error_before_the_intent_is_retried_and_the_job_is_submitted_once()
    {
        await using var workflow = new WorkflowHarness();
        await workflow.StartAsync();
        workflow.Faults.Throw(FaultPoints.SubmitIntent, 2, DatabaseDown);

        var id = await workflow.RequestAsync();
        await workflow.PublishedAsync<GenerationCompleted>(id);

        Assert.Equal(2, workflow.Faults.Thrown(FaultPoints.SubmitIntent));
        Assert.Equal(1, workflow.Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
        Assert.Equal(0, workflow.PublishedCount<GenerationFailed>(id));
    }

    [Fact]
    public async Task A_submit_that_cannot_start_for_longer_than_its_retries_waits_and_is_submitted_later()
    {
        await using var workflow = new WorkflowHarness();
        await workflow.StartAsync();
        // One attempt and its four retries fail: the command faults, and the workflow defers the submit instead of failing.
        workflow.Faults.Throw(FaultPoints.SubmitIntent, 5, DatabaseDown);

        var id = await workflow.RequestAsync();
        await workflow.PublishedAsync<GenerationCompleted>(id);

        Assert.Equal(5, workflow.Faults.Thrown(FaultPoints.SubmitIntent));
        Assert.Equal(1, workflow.Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
        Assert.Equal(1, workflow.Saga.Sagas.Contains(id)!.SubmitDeferrals);
    }

    [Fact]
    public async Task A_submit_that_never_starts_fails_retryable_and_not_as_outcome_unknown()
    {
        await using var workflow = new WorkflowHarness(new Dictionary<string, string?> { ["Workflow:MaxSubmitDeferrals"] = "0" });
        await workflow.StartAsync();
        workflow.Faults.Throw(FaultPoints.SubmitIntent, int.MaxValue, DatabaseDown);

        var id = await workflow.RequestAsync();
        var failed = await workflow.PublishedAsync<GenerationFailed>(id);

        Assert.Equal(FailureReason.InternalError, failed.Reason);
        Assert.True(failed.Retryable);
        Assert.Contains("could not be recorded", failed.VendorMessage, StringComparison.Ordinal);
        Assert.Equal(0, workflow.Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
    }
}
