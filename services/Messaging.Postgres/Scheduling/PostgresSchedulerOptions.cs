using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>
/// The PostgreSQL message scheduler. One scheduler queue belongs to one database: services that keep their
/// schedules in different databases must use different queue names, or a cancel could land in the wrong one.
/// </summary>
public sealed class PostgresSchedulerOptions
{
    public const string SectionName = "Messaging:Scheduler";

    /// <summary>The queue that receives <c>ScheduleMessage</c> / <c>CancelScheduledMessage</c>.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9._:-]+$", ErrorMessage = "Messaging:Scheduler:QueueName may contain letters, digits and . _ : - only.")]
    public string QueueName { get; set; } = "scheduler";

    /// <summary>Name of the connection string (<c>ConnectionStrings:&lt;name&gt;</c>) of the database holding the schedules.</summary>
    [Required]
    public string ConnectionStringName { get; set; } = "Scheduler";

    /// <summary>The longest the dispatcher sleeps without a notification; the fallback when LISTEN/NOTIFY is lost.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Due messages claimed, sent and committed per transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a cancellation is remembered, so a cancel that overtakes its schedule still wins.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan TombstoneRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The longest back-off between attempts to send a message whose send failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
