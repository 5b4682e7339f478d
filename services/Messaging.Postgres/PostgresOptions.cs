using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Messaging.Postgres;

/// <summary>
/// How a process uses PostgreSQL (<see cref="SectionName"/>): every database it talks to gets one pool, at most
/// <see cref="MaxPoolSize"/> connections unless its connection string sets <c>Maximum Pool Size</c> itself.
/// </summary>
public sealed class PostgresOptions
{
    public const string SectionName = "Postgres";

    /// <summary>
    /// The most connections one process opens to one database (Npgsql's default is 100, which a few replicas of a few
    /// services turn into more than a stock PostgreSQL's <c>max_connections = 100</c>). See deploy/README's budget.
    /// </summary>
    [Range(2, 500, ErrorMessage = "Postgres:MaxPoolSize must be from {1} to {2}.")]
    public int MaxPoolSize { get; set; } = 10;

    /// <summary>
    /// Statements each connection keeps prepared (Npgsql's automatic preparation: a statement run twice on a connection is
    /// parsed and planned once), unless the connection string sets <c>Max Auto Prepare</c>; 0 turns it off.
    /// </summary>
    [Range(0, 256, ErrorMessage = "Postgres:MaxAutoPrepare must be from {1} to {2}.")]
    public int MaxAutoPrepare { get; set; } = 32;
}
