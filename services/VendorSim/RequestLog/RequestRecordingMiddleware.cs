namespace GenerationGateway.VendorSim.RequestLog;

/// <summary>
/// Records every request under a simulated vendor's path prefix. The entry is added when the response starts,
/// so it is in the log before the caller can see the answer.
/// </summary>
public sealed class RequestRecordingMiddleware(
    RequestDelegate next, SimulatorRequestLog log, IEnumerable<SimulatedVendor> vendors, TimeProvider time)
{
    private readonly SimulatedVendor[] _vendors = [.. vendors];

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var vendor = Array.Find(_vendors, v => context.Request.Path.StartsWithSegments(v.PathPrefix));
        if (vendor is null)
        {
            await next(context);
            return;
        }

        var sequence = log.NextSequence();
        var receivedAt = time.GetUtcNow();
        var body = await RecordedBody.ReadAsync(context.Request, context.RequestAborted);
        var recorded = 0;

        void Record(int? status)
        {
            if (Interlocked.Exchange(ref recorded, 1) == 0)
            {
                log.Add(RecordedRequestFactory.Create(context.Request, vendor.Key, sequence, receivedAt, body, status));
            }
        }

        context.Response.OnStarting(() =>
        {
            Record(context.Response.StatusCode);
            return Task.CompletedTask;
        });

        try
        {
            await next(context);
        }
        finally
        {
            Record(context.Response.HasStarted ? context.Response.StatusCode : null);
        }
    }
}
