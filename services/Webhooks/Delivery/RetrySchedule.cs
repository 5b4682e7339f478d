using Microsoft.Extensions.Options;

namespace GenerationGateway.Webhooks.Delivery;

/// <summary>
/// When a failed delivery is tried again: exponential backoff from <c>Webhooks:InitialRetryDelay</c>, doubled per attempt up
/// to <c>MaxRetryDelay</c>, with ±20 % jitter so many failed deliveries do not come back at once; the last attempt is made
/// when the delivery's retry period (<c>RetryPeriod</c>, from its creation or a redelivery) is over, then it fails.
/// </summary>
public sealed class RetrySchedule(IOptions<WebhooksOptions> options)
{
    /// <summary>The next attempt after the <paramref name="attempts"/>-th failed at <paramref name="now"/>; null once the period is over.</summary>
    public DateTimeOffset? Next(DateTimeOffset retryUntil, int attempts, DateTimeOffset now, double random)
    {
        var settings = options.Value;
        var end = retryUntil;
        if (now >= end)
        {
            return null;
        }

        var exponent = Math.Min(Math.Max(attempts - 1, 0), 30);
        var delay = Math.Min(settings.InitialRetryDelay.TotalMilliseconds * Math.Pow(2, exponent), settings.MaxRetryDelay.TotalMilliseconds);
        var jittered = TimeSpan.FromMilliseconds(delay * (0.8 + (0.4 * Math.Clamp(random, 0, 1))));
        var next = now + jittered;
        return next < end ? next : end;
    }
}
