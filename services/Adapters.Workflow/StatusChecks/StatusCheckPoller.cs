using GenerationGateway.Adapters.Workflow.Vendors;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow.StatusChecks;

/// <summary>
/// A vendor's status checks on this replica, off the workflow queue: runs <see cref="StatusCheckRound{TVendor}"/> passes back to
/// back while they find a full batch, else waits until the earliest check is due (at most <see cref="WorkflowOptions.StatusCheckIdlePoll"/>,
/// for jobs other replicas track and vendor callbacks). A burst of new requests on <c>{vendor}-workflow</c> never delays a check.
/// </summary>
public sealed partial class StatusCheckPoller<TVendor>(
    StatusCheckRound<TVendor> round,
    VendorRegistration<TVendor> registration,
    IStatusCheckStore store,
    IOptionsMonitor<WorkflowOptions> options,
    TimeProvider clock,
    ILogger<StatusCheckPoller<TVendor>> logger) : BackgroundService
    where TVendor : class, IVendorWorkflow
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.Get(registration.Vendor);
            TimeSpan wait;
            try
            {
                if (await round.RunAsync(stoppingToken) >= settings.StatusCheckBatchSize)
                {
                    continue;
                }

                var due = await store.NextDueAsync(registration.Vendor, stoppingToken);
                var untilDue = due is { } next ? next - clock.GetUtcNow() : settings.StatusCheckIdlePoll;
                wait = untilDue < settings.StatusCheckIdlePoll ? untilDue : settings.StatusCheckIdlePoll;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database or the broker is away: the claimed checks come due again after their lease.
                LogPassFailed(logger, exception, registration.Vendor);
                wait = settings.StatusCheckIdlePoll;
            }

            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A status check pass of {Vendor} failed")]
    static partial void LogPassFailed(ILogger logger, Exception exception, string vendor);
}
