namespace GenerationGateway.Messaging.Postgres.Tests.Infrastructure;

/// <summary>Polls a condition until it holds or a deadline passes (no fixed sleeps).</summary>
internal static class Eventually
{
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string description)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout} waiting until {description}.");
            }

            await Task.Delay(PollInterval);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, TimeSpan timeout, string description) =>
        HoldsAsync(() => Task.FromResult(condition()), timeout, description);
}
