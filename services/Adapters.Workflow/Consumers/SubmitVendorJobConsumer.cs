using GenerationGateway.Adapters.Workflow.Admission;
using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.RateLimiting;
using GenerationGateway.Adapters.Workflow.Submits;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults.FaultInjection;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow.Consumers;

/// <summary>
/// The paid submit, at most once per generation: the intent is recorded before the vendor is called
/// and the job id right after. A redelivered command answers from the ledger; an intent without an
/// answer (a crash in between) is reconciled with the vendor or fails as submit-outcome-unknown. A failure before the
/// intent is recorded (database or broker unavailable) is a <see cref="SubmitNotStartedException"/>: retried, never ambiguous.
/// Before the intent, the submit takes a slot of the vendor's capacity (<see cref="IVendorAdmission"/>; no slot: the job is
/// queued) and of its submit rate (<see cref="ISharedRateLimiter"/>; no rate slot in time: deferred), both across replicas.
/// </summary>
public sealed class SubmitVendorJobConsumer<TVendor>(
    TVendor vendor,
    ISubmitLedger ledger,
    IVendorAdmission admission,
    ISharedRateLimiter rateLimiter,
    VendorRegistration<TVendor> registration,
    IOptionsMonitor<WorkflowOptions> options,
    TimeProvider clock,
    IFaultInjector faults,
    ILogger<SubmitVendorJobConsumer<TVendor>> logger)
    : IConsumer<SubmitVendorJob>
    where TVendor : class, IVendorWorkflow
{
    public async Task Consume(ConsumeContext<SubmitVendorJob> context)
    {
        var generationId = context.Message.GenerationId;
        var job = context.Message.Job;
        var cancellationToken = context.CancellationToken;

        var record = await BeforeIntentAsync(() => ledger.FindAsync(generationId, cancellationToken), cancellationToken);
        if (record?.Accepted is { } accepted)
        {
            logger.LogInformation("Submit of generation {GenerationId} already accepted as vendor job {VendorJobId}; answering from the ledger", generationId, accepted.VendorJobId);
            await context.RespondAsync(Submitted(generationId, clock.GetUtcNow(), accepted));
            return;
        }

        if (record is null && !await AdmittedAsync(context, cancellationToken))
        {
            return;
        }

        if (record is not null)
        {
            logger.LogWarning("Generation {GenerationId} has a submit intent without an answer; reconciling with {Vendor}", generationId, vendor.Vendor);
            var reconciled = await vendor.ReconcileSubmitAsync(job, cancellationToken);
            switch (reconciled.Result)
            {
                case ReconcileResult.Found:
                    await ledger.RecordAcceptedAsync(generationId, reconciled.Submitted!, cancellationToken);
                    await context.RespondAsync(Submitted(generationId, clock.GetUtcNow(), reconciled.Submitted!));
                    return;
                case ReconcileResult.NotSupported:
                    await context.RespondAsync(OutcomeUnknown(generationId, $"{vendor.Vendor} cannot be searched for the job a crashed submit may have created."));
                    return;
            }
        }

        await BeforeIntentAsync(
            async () =>
            {
                faults.Reached(FaultPoints.SubmitIntent);
                await ledger.RecordIntentAsync(generationId, vendor.Vendor, cancellationToken);
                return true;
            },
            cancellationToken);

        SubmitOutcome outcome;
        try
        {
            outcome = await vendor.SubmitAsync(job, cancellationToken);
        }
        catch (VendorCallException exception) when (exception.Kind == VendorErrorKind.Rejected)
        {
            await ledger.ClearIntentAsync(generationId, cancellationToken);
            await context.RespondAsync(StepFailures.From(generationId, WorkflowStep.Submit, exception));
            return;
        }
        catch (VendorCallException exception) when (exception.Kind is VendorErrorKind.Throttled or VendorErrorKind.Unreachable)
        {
            // The vendor did not act on the request (it refused for now, or it was never reached): submit again later.
            await ledger.ClearIntentAsync(generationId, cancellationToken);
            await context.RespondAsync(new VendorSubmitDeferred
            {
                GenerationId = generationId,
                RetryAfter = exception.RetryAfter,
                VendorCode = exception.VendorCode,
                VendorMessage = exception.Message,
                Reason = exception.Reason,
            });
            return;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The vendor may or may not have created the job: never submit again blindly.
            logger.LogError(exception, "Submit of generation {GenerationId} to {Vendor} ended without a clear answer", generationId, vendor.Vendor);
            var reconciled = await vendor.ReconcileSubmitAsync(job, cancellationToken);
            if (reconciled.Result == ReconcileResult.Found)
            {
                await ledger.RecordAcceptedAsync(generationId, reconciled.Submitted!, cancellationToken);
                await context.RespondAsync(Submitted(generationId, clock.GetUtcNow(), reconciled.Submitted!));
                return;
            }

            await context.RespondAsync(OutcomeUnknown(generationId, FailureMessages.Of(exception)));
            return;
        }

        await ledger.RecordAcceptedAsync(generationId, outcome, cancellationToken);
        faults.Reached(FaultPoints.SubmitAccepted);
        logger.LogInformation("Generation {GenerationId} submitted to {Vendor} as job {VendorJobId}", generationId, vendor.Vendor, outcome.VendorJobId);
        await context.RespondAsync(Submitted(generationId, clock.GetUtcNow(), outcome));
    }

    /// <summary>
    /// Takes the job's slot of the vendor's capacity and a slot of its submit rate; when either is not there yet, answers
    /// queued or deferred and returns false. Generations granted on the way are told.
    /// </summary>
    async Task<bool> AdmittedAsync(ConsumeContext<SubmitVendorJob> context, CancellationToken cancellationToken)
    {
        var settings = options.Get(registration.Vendor);
        var generationId = context.Message.GenerationId;
        if (settings.MaxConcurrentJobs > 0)
        {
            var request = context.Message.Job.Request;
            var ticket = new AdmissionTicket
            {
                Vendor = registration.Vendor,
                GenerationId = generationId,
                TenantId = request.TenantId,
                Weight = request.TenantWeight ?? 1,
                Deadline = context.Message.Deadline ?? request.Deadline ?? clock.GetUtcNow() + settings.DefaultDeadline,
            };
            var decision = await BeforeIntentAsync(() => admission.AcquireAsync(ticket, CapacityPolicy.Of(settings), cancellationToken), cancellationToken);
            await SlotGrants.NotifyAsync(context, registration.WorkflowAddress, decision.Granted);
            if (!decision.IsGranted)
            {
                logger.LogInformation("Generation {GenerationId} queued for {Vendor} at position {QueuePosition}", generationId, vendor.Vendor, decision.Position);
                await context.RespondAsync(new VendorSubmitQueued { GenerationId = generationId, Position = decision.Position, Estimate = decision.Estimate });
                return false;
            }
        }

        if (settings.SubmitsPerSecond > 0)
        {
            var policy = new RateLimitPolicy($"{registration.Vendor}-submits", settings.SubmitsPerSecond, settings.SubmitRateMaxWait);
            var rate = await BeforeIntentAsync(() => rateLimiter.AcquireAsync(policy, cancellationToken), cancellationToken);
            if (!rate.IsGranted)
            {
                await context.RespondAsync(new VendorSubmitDeferred
                {
                    GenerationId = generationId,
                    RetryAfter = rate.RetryAfter,
                    VendorMessage = $"Held back: {vendor.Vendor} allows {settings.SubmitsPerSecond} submits/s across replicas.",
                    Reason = FailureReason.VendorRateLimited,
                });
                return false;
            }
        }

        return true;
    }

    /// <summary>Runs a step that comes before the intent is durable; whatever it throws means the vendor was not called.</summary>
    static async Task<T> BeforeIntentAsync<T>(Func<Task<T>> step, CancellationToken cancellationToken)
    {
        try
        {
            return await step();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new SubmitNotStartedException("The submit's intent could not be recorded; the vendor was not called.", exception);
        }
    }

    static VendorJobSubmitted Submitted(Guid generationId, DateTimeOffset answeredAt, SubmitOutcome outcome) => new()
    {
        GenerationId = generationId,
        VendorJobId = outcome.VendorJobId,
        State = outcome.State,
        FirstCheckAfter = outcome.FirstCheckAfter,
        AnsweredAt = answeredAt,
    };

    static VendorStepFailed OutcomeUnknown(Guid generationId, string message) => new()
    {
        GenerationId = generationId,
        Step = WorkflowStep.Submit,
        Reason = FailureReason.SubmitOutcomeUnknown,
        Retryable = false,
        VendorMessage = message,
    };
}
