namespace GenerationGateway.Adapters.Workflow.RateLimiting;

static class SlotWait
{
    /// <summary>Waits at least <paramref name="delay"/> by <paramref name="clock"/>: a timer that fires early is waited out.</summary>
    public static async Task UntilAsync(TimeProvider clock, TimeSpan delay, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        for (var left = delay; left > TimeSpan.Zero; left = delay - clock.GetElapsedTime(started))
        {
            await Task.Delay(left, clock, cancellationToken);
        }
    }
}
