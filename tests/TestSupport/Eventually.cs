using Xunit;

namespace GenerationGateway.TestSupport;

/// <summary>
/// Polls a condition until it holds, or a value until there is one, with a deadline (no fixed sleeps). Past the
/// deadline the test fails with the description, read then (so it can tell where things stand).
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(25);

    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> describe, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(describe);
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not within {timeout}: {describe()}");
            }

            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, TimeSpan timeout, Func<string> describe, TimeSpan? interval = null) =>
        HoldsAsync(() => Task.FromResult(condition()), timeout, describe, interval);

    /// <summary>As above, with a description that does not change while waiting (what should come to hold).</summary>
    public static Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string description) =>
        HoldsAsync(condition, timeout, () => description);

    public static Task HoldsAsync(Func<bool> condition, TimeSpan timeout, string description) =>
        HoldsAsync(condition, timeout, () => description);

    /// <summary>The first value <paramref name="read"/> answers that is not null.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> read, TimeSpan timeout, Func<string> describe, TimeSpan? interval = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        T? value = null;
        await HoldsAsync(async () => (value = await read()) is not null, timeout, describe, interval);
        return value!;
    }

    public static Task<T> ValueAsync<T>(Func<T?> read, TimeSpan timeout, Func<string> describe, TimeSpan? interval = null)
        where T : class =>
        ValueAsync(() => Task.FromResult(read()), timeout, describe, interval);
}
