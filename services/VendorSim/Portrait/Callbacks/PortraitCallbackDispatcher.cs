using GenerationGateway.VendorSim.Portrait.Api;
using GenerationGateway.VendorSim.Portrait.Tasks;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Portrait.Callbacks;

/// <summary>
/// Sends each task's callback once it reaches a terminal state (3, 4 or 5), at most once per task (twice when a
/// duplicate-callback fault says so); a failed delivery is logged, never retried (docs/vendors/portrait.md §4 note 4).
/// </summary>
public sealed class PortraitCallbackDispatcher(
    PortraitSimStore store,
    PortraitTaskLinks links,
    PortraitCallbackLog log,
    IHttpClientFactory httpClientFactory,
    TimeProvider time,
    IOptions<PortraitSimulatorOptions> options,
    ILogger<PortraitCallbackDispatcher> logger) : BackgroundService
{
    /// <summary>The named HttpClient callbacks are sent with (tests point its handler at an in-process receiver).</summary>
    public const string HttpClientName = "portrait-sim-callbacks";

    /// <summary>Sends the callbacks that are due now; returns how many were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        var now = time.GetUtcNow();
        foreach (var task in store.Tasks().Where(t => t.CallbackUrl is not null).OrderBy(t => t.CreatedAt))
        {
            var state = task.StateAt(now);
            if (!PortraitTask.IsTerminal(state) || !task.TakeCallback())
            {
                continue;
            }

            var body = links.Describe(task, task.LinkRoot);
            for (var copy = 0; copy < task.CallbackCopies; copy++)
            {
                await SendAsync(task, body, cancellationToken);
                sent++;
            }
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CallbackScanInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await DispatchDueAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task SendAsync(PortraitTask task, PortraitTaskBody body, CancellationToken cancellationToken)
    {
        var url = task.CallbackUrl!;
        object payload = options.Value.CallbackShape == PortraitCallbackShapes.Envelope ? new PortraitEnvelope(PortraitRetCodes.Ok, body) : body;
        int? status = null;
        string? error = null;
        try
        {
            using var http = httpClientFactory.CreateClient(HttpClientName);
            http.Timeout = options.Value.CallbackTimeout;
            using var response = await http.PostAsJsonAsync(url, payload, PortraitSimJson.Options, cancellationToken);
            status = (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // A simulator, not a message handler: the failed delivery is recorded for the test to see, and dropped.
            error = ex.Message;
            logger.LogWarning("Portrait simulator callback for task {TaskId} to {CallbackUrl} failed: {Error}", task.Id, url, ex.Message);
        }

        log.Add(new PortraitCallbackDelivery(task.Id, body.TskType, body.State, url, time.GetUtcNow(), status, error));
    }
}
