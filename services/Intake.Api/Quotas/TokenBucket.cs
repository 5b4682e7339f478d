namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>The token bucket arithmetic both rate limiters share (PostgreSQL runs the same in SQL).</summary>
public static class TokenBucket
{
    /// <summary>A burst of one second's worth of requests, and at least one request.</summary>
    public static double Capacity(double requestsPerSecond) => Math.Max(1, requestsPerSecond);

    /// <summary>Tokens available at <paramref name="now"/>; a clock behind the last refill adds nothing.</summary>
    public static double Available(double tokens, DateTimeOffset refilledAt, DateTimeOffset now, double requestsPerSecond) =>
        Math.Min(Capacity(requestsPerSecond), tokens + (Math.Max(0, (now - refilledAt).TotalSeconds) * requestsPerSecond));

    /// <summary>How long until one token is there, from <paramref name="available"/> tokens.</summary>
    public static TimeSpan TimeToNextToken(double available, double requestsPerSecond) =>
        TimeSpan.FromSeconds(Math.Max(0, 1 - available) / requestsPerSecond);
}
