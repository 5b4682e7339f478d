using System.ComponentModel.DataAnnotations;
using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>
/// The transactional outbox of PostgreSQL sagas (shared by every saga of the process that uses it). Configuration
/// (<see cref="SectionName"/>) overrides the values set in code.
/// </summary>
public sealed class PostgresOutboxOptions
{
    public const string SectionName = "Messaging:Outbox";

    /// <summary>Whether this process runs the background relay. The consuming process always delivers right after its commit.</summary>
    public bool RelayEnabled { get; set; } = true;

    /// <summary>
    /// How long committed messages are left to the process that consumed (or a redelivery of) their trigger before the
    /// background relay takes them over. Nothing is sent twice either way; a short delay only makes the two contend.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RelayDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the relay looks for messages left undelivered (it sleeps no longer while it finds none).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Consumed messages (inbox rows) whose outgoing messages the relay claims, sends and commits per transaction.</summary>
    [Range(1, 1_000)]
    public int RelayBatchSize { get; set; } = 50;

    /// <summary>The longest back-off between relay attempts of messages whose send failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a consumed message is remembered, so a redelivery within that time has no second effect.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Called after a consumed message's saga change and outgoing messages committed, before they are delivered
    /// (crash tests, diagnostics). Not bound from configuration. An exception fails the consume; the redelivery or the
    /// relay then delivers what was committed, and the behaviour does not run again.
    /// </summary>
    public Action<ConsumeContext>? AfterCommit { get; set; }
}
