using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Messaging.Postgres.Retention;

/// <summary>
/// How long finished work is kept in PostgreSQL before the background clean-up removes it (<see cref="SectionName"/>).
/// Each process uses the settings of the tables it owns; the inbox (<c>Messaging:Outbox:InboxRetention</c>) and the
/// scheduler's tombstones (<c>Messaging:Scheduler:TombstoneRetention</c>) keep their own settings.
/// </summary>
public sealed class PostgresRetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>How often the clean-up runs (each pass deletes in chunks, so it never holds long locks).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Retention:Interval must be from {1} to {2}.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Saga rows of generations that completed or were cancelled, kept this long after their last change.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "Retention:CompletedGenerations must be from {1} to {2}.")]
    public TimeSpan CompletedGenerations { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Saga rows of generations that failed (kept longer, for investigation).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "Retention:FailedGenerations must be from {1} to {2}.")]
    public TimeSpan FailedGenerations { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Submit-ledger entries, counted from the submit intent. Only entries of generations whose saga is terminal (or already
    /// removed) go: the ledger of a generation in flight is what keeps its submit at most once.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00", ErrorMessage = "Retention:SubmitLedger must be from {1} to {2}.")]
    public TimeSpan SubmitLedger { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Results' <c>generation_events</c> feed behind the event streams (the generations themselves stay).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "365.00:00:00", ErrorMessage = "Retention:GenerationEvents must be from {1} to {2}.")]
    public TimeSpan GenerationEvents { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Results' own inbox (<c>results.inbox</c>): how long a consumed lifecycle message is remembered against redelivery.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "365.00:00:00", ErrorMessage = "Retention:ResultsInbox must be from {1} to {2}.")]
    public TimeSpan ResultsInbox { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Webhook deliveries that were delivered or gave up (with their attempts); pending ones always stay.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00", ErrorMessage = "Retention:WebhookDeliveries must be from {1} to {2}.")]
    public TimeSpan WebhookDeliveries { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// Intake's record of a generation that ended (or was never confirmed by the broker): its idempotency key and its
    /// end. After this a <c>DELETE</c> of it answers 404 and its <c>Idempotency-Key</c> may name a new generation.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:IntakeGenerations must be from {1} to {2}.")]
    public TimeSpan IntakeGenerations { get; set; } = TimeSpan.FromDays(30);
}
