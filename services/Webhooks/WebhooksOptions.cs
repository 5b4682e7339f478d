using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Webhooks;

/// <summary>The <c>Webhooks</c> section: persistence, the delivery's time limit, retry schedule and dispatcher pace.</summary>
public sealed class WebhooksOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Name of the connection string (<c>ConnectionStrings:Webhooks</c>), required when <see cref="Persistence"/> is Postgres.</summary>
    public const string ConnectionStringName = "Webhooks";

    public WebhooksPersistence Persistence { get; set; } = WebhooksPersistence.Postgres;

    /// <summary>One delivery attempt, connection and answer included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A delivery that keeps failing is tried until this long after it was created (at least a day).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "7.00:00:00")]
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The wait after the first failed attempt; each further one doubles it (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:01", "12:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the dispatcher looks for due deliveries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Deliveries one dispatcher claims (and sends concurrently) at a time.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    /// <summary>A claimed delivery whose replica died is due again after this long.</summary>
    [Range(typeof(TimeSpan), "00:00:15", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>At most one <c>generation.progressed</c> per generation and endpoint this often; the latest one is always sent.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After a rotation the previous secret still signs (beside the new one) this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan SecretOverlap { get; set; } = TimeSpan.FromHours(24);
}
