using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Identity;

public sealed class IdentityOptions
{
    public const string SectionName = "Identity";

    /// <summary>Name of the connection string (<c>ConnectionStrings:Identity</c>) used when <see cref="Persistence"/> is Postgres.</summary>
    public const string ConnectionStringName = "Identity";

    public IdentityPersistence Persistence { get; set; } = IdentityPersistence.Postgres;

    /// <summary>Filled from <c>ConnectionStrings:Identity</c>, not from the <c>Identity</c> section.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How long a replica reuses a key it looked up; bounds how late a revocation reaches it (at most 5 s, so a revoked
    /// key stops working everywhere within 10 s). Zero looks every request up.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A key's <c>lastUsedAt</c> is written at most this often per key and replica.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LastUsedWriteInterval { get; set; } = TimeSpan.FromMinutes(1);
}
