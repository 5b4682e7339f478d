using GenerationGateway.Adapters.Workflow.Consumers;
using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Metrics;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.Messaging.Postgres;
using System.Diagnostics;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.ServiceDefaults.FaultInjection;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow.StatusChecks;

/// <summary>
/// One pass of a vendor's status poller: claims the due checks (<see cref="WorkflowOptions.StatusCheckBatchSize"/>), asks the
/// vendor (one call per <see cref="IVendorStatusBatch.MaxBatchSize"/> jobs where the vendor answers many at once, else
/// <see cref="WorkflowOptions.StatusCheckConcurrency"/> single calls at a time), tells the workflow only what changed
/// (progress, a new vendor memo, success, failure) and reschedules every check with the vendor's hint or the backoff, spread
/// by <see cref="WorkflowOptions.CheckJitter"/>. An entry stays until its workflow leaves processing and removes it, so a
/// report lost in a crash is sent again on the next check.
/// </summary>
public sealed partial class StatusCheckRound<TVendor>(
    TVendor vendor,
    VendorRegistration<TVendor> registration,
    IStatusCheckStore store,
    IOptionsMonitor<WorkflowOptions> options,
    TimeProvider clock,
    IBus bus,
    IOptions<MessagingOptions> messaging,
    IFaultInjector faults,
    StatusCheckMetrics metrics,
    ILogger<StatusCheckRound<TVendor>> logger)
    where TVendor : class, IVendorWorkflow
{
    /// <summary>This replica's name on the entries it claims.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    DateTimeOffset _claimedAt;

    WorkflowOptions Options => options.Get(registration.Vendor);

    /// <summary>Runs one pass; answers how many checks it claimed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = Options;
        var now = clock.GetUtcNow();
        _claimedAt = now;
        var claimed = await store.ClaimDueAsync(registration.Vendor, Owner, now, now + settings.StatusCheckLease, settings.StatusCheckBatchSize, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        metrics.Claimed(registration.Vendor, claimed.Count);
        var expired = claimed.Where(entry => entry.Deadline + settings.StatusCheckLease < now).ToList();
        foreach (var entry in expired)
        {
            // Its workflow is past its deadline and should have removed it: nothing left to check for.
            await store.RemoveAsync(entry.GenerationId, null, cancellationToken);
            metrics.Checked(registration.Vendor, "dropped", now - entry.NextCheckAt);
        }

        var live = claimed.Except(expired).ToList();
        var reschedules = new List<StatusCheckReschedule>(live.Count);
        var calls = vendor is IVendorStatusBatch batch
            ? live.Chunk(Math.Max(1, batch.MaxBatchSize)).Select(chunk => (Func<CancellationToken, Task>)(token => CheckManyAsync(batch, chunk, reschedules, token)))
            : live.Select(entry => (Func<CancellationToken, Task>)(async token => Add(reschedules, await CheckOneAsync(entry, token))));
        await Parallel.ForEachAsync(calls, new ParallelOptions { MaxDegreeOfParallelism = settings.StatusCheckConcurrency, CancellationToken = cancellationToken },
            async (call, token) => await call(token));
        await store.RescheduleAsync(Owner, reschedules, cancellationToken);
        return claimed.Count;
    }

    async Task CheckManyAsync(IVendorStatusBatch batch, StatusCheckEntry[] entries, List<StatusCheckReschedule> reschedules, CancellationToken cancellationToken)
    {
        metrics.VendorBatch(registration.Vendor, entries.Length);
        IReadOnlyDictionary<Guid, StatusOutcome> answers;
        try
        {
            answers = await batch.CheckManyAsync([.. entries.Select(JobOf)], cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            foreach (var entry in entries)
            {
                Add(reschedules, await FailedAsync(entry, exception, cancellationToken));
            }

            return;
        }

        foreach (var entry in entries)
        {
            if (answers.TryGetValue(entry.GenerationId, out var outcome))
            {
                using var activity = StartCheck(entry);
                Add(reschedules, await AnsweredAsync(entry, outcome, cancellationToken));
            }
            else
            {
                Add(reschedules, await CheckOneAsync(entry, cancellationToken));
            }
        }
    }

    async Task<StatusCheckReschedule> CheckOneAsync(StatusCheckEntry entry, CancellationToken cancellationToken)
    {
        using var activity = StartCheck(entry);
        StatusOutcome outcome;
        try
        {
            outcome = await vendor.CheckAsync(JobOf(entry), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return await FailedAsync(entry, exception, cancellationToken);
        }

        return await AnsweredAsync(entry, outcome, cancellationToken);
    }

    async Task<StatusCheckReschedule> AnsweredAsync(StatusCheckEntry entry, StatusOutcome outcome, CancellationToken cancellationToken)
    {
        faults.Reached(FaultPoints.StatusChecked);
        var generationId = entry.GenerationId;
        var stateChanged = outcome.State is { } state && !SameState(state, entry.Job.State);
        var job = stateChanged ? entry.Job with { State = new Dictionary<string, string>(outcome.State!) } : null;
        var percent = entry.LastPercent;
        string result;
        switch (outcome.Status)
        {
            case VendorJobStatus.Succeeded:
                await ReportAsync(new VendorJobSucceeded { GenerationId = generationId, VendorStatus = outcome.VendorStatus, State = outcome.State }, cancellationToken);
                result = "changed";
                break;
            case VendorJobStatus.Failed:
                await ReportAsync(new VendorStepFailed
                {
                    GenerationId = generationId,
                    Step = WorkflowStep.Check,
                    Reason = outcome.FailureReason ?? FailureReason.VendorJobFailed,
                    Retryable = outcome.Retryable,
                    VendorCode = outcome.VendorCode,
                    VendorMessage = outcome.VendorMessage,
                }, cancellationToken);
                result = "changed";
                break;
            default:
                if (stateChanged || outcome.Percent > (entry.LastPercent ?? -1))
                {
                    await ReportAsync(new VendorJobRunning
                    {
                        GenerationId = generationId,
                        Percent = outcome.Percent,
                        VendorStatus = outcome.VendorStatus,
                        RetryAfter = outcome.RetryAfter,
                        State = outcome.State,
                    }, cancellationToken);
                    percent = Math.Max(outcome.Percent ?? 0, entry.LastPercent ?? 0);
                    result = "changed";
                }
                else
                {
                    result = "unchanged";
                }

                break;
        }

        Measure(entry, result);
        // A job that ended is reported once; its entry stays only to report again should that report be lost before the
        // workflow removes it, so the next look waits a lease rather than the usual interval.
        var ended = outcome.Status is VendorJobStatus.Succeeded or VendorJobStatus.Failed;
        return Next(entry, ended ? Max(Options.StatusCheckLease, outcome.RetryAfter) : outcome.RetryAfter, failures: 0, percent, job);
    }

    async Task<StatusCheckReschedule> FailedAsync(StatusCheckEntry entry, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case VendorCallException { Kind: VendorErrorKind.Throttled } throttled:
                // Polling too fast is not a failure of the job: wait as long as the vendor asks.
                Measure(entry, "throttled");
                return Next(entry, throttled.RetryAfter, entry.ConsecutiveFailures, entry.LastPercent, null);
            case VendorCallException { Kind: VendorErrorKind.Unreachable }:
                // Not known to have changed: check again on the next interval.
                Measure(entry, "unreachable");
                return Next(entry, null, entry.ConsecutiveFailures, entry.LastPercent, null);
            case VendorCallException { Kind: VendorErrorKind.Rejected } rejected:
                await ReportAsync(StepFailures.From(entry.GenerationId, WorkflowStep.Check, rejected), cancellationToken);
                Measure(entry, "changed");
                return Next(entry, null, entry.ConsecutiveFailures, entry.LastPercent, null);
        }

        var failures = entry.ConsecutiveFailures + 1;
        LogCheckFailed(logger, exception, entry.GenerationId, failures);
        if (failures > Options.MaxConsecutiveCheckFailures)
        {
            await ReportAsync(new VendorStepFailed
            {
                GenerationId = entry.GenerationId,
                Step = WorkflowStep.Check,
                Reason = FailureReason.VendorUnavailable,
                Retryable = true,
                VendorMessage = FailureMessages.Of(exception),
            }, cancellationToken);
        }

        Measure(entry, "failed");
        return Next(entry, null, failures, entry.LastPercent, null);
    }

    StatusCheckReschedule Next(StatusCheckEntry entry, TimeSpan? hint, int failures, int? percent, VendorJob? job)
    {
        var settings = Options;
        var checks = entry.CheckCount + 1;
        return new StatusCheckReschedule
        {
            GenerationId = entry.GenerationId,
            NextCheckAt = clock.GetUtcNow() + settings.Jittered(settings.NextDelay(checks, hint), Random.Shared.NextDouble()),
            CheckCount = checks,
            ConsecutiveFailures = failures,
            LastPercent = percent,
            Job = job,
        };
    }

    async Task ReportAsync<T>(T message, CancellationToken cancellationToken)
        where T : class
    {
        // Bounded: a send that hangs on a lost broker node would stop this replica's checks for good; failing the pass instead
        // brings its claimed checks back after their lease.
        var endpoint = await bus.GetSendEndpoint(registration.WorkflowAddress);
        await BoundedSend.SendAsync(token => endpoint.Send(message, token), messaging.Value.PublishTimeout, clock, cancellationToken);
    }

    void Measure(StatusCheckEntry entry, string outcome) =>
        metrics.Checked(registration.Vendor, outcome, _claimedAt - entry.NextCheckAt);

    static VendorJob JobOf(StatusCheckEntry entry) => entry.Job with { Attempt = entry.CheckCount };

    static TimeSpan Max(TimeSpan lease, TimeSpan? hint) => hint is { } vendorHint && vendorHint > lease ? vendorHint : lease;

    /// <summary>The check's span, a child of the workflow step that started watching (one trace per generation).</summary>
    Activity? StartCheck(StatusCheckEntry entry)
    {
        ActivityContext.TryParse(entry.TraceParent, null, out var parent);
        var activity = GatewayTelemetry.Source.StartActivity($"{registration.Vendor} status check", ActivityKind.Internal, parent);
        activity?.SetTag(GatewayTelemetry.GenerationIdTag, entry.GenerationId);
        return activity;
    }

    static void Add(List<StatusCheckReschedule> reschedules, StatusCheckReschedule reschedule)
    {
        lock (reschedules)
        {
            reschedules.Add(reschedule);
        }
    }

    static bool SameState(IReadOnlyDictionary<string, string> updated, IReadOnlyDictionary<string, string> stored) =>
        updated.Count == stored.Count && updated.All(pair => stored.TryGetValue(pair.Key, out var value) && value == pair.Value);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Status check of generation {GenerationId} failed ({Failures} in a row)")]
    static partial void LogCheckFailed(ILogger logger, Exception exception, Guid generationId, int failures);
}
