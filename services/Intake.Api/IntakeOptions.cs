using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Intake.Api;

public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>Name of the connection string (<c>ConnectionStrings:Intake</c>) used when <see cref="Persistence"/> is Postgres.</summary>
    public const string ConnectionStringName = "Intake";

    public IntakePersistence Persistence { get; set; } = IntakePersistence.Postgres;

    /// <summary>Filled from <c>ConnectionStrings:Intake</c>, not from the <c>Intake</c> section.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Largest request body accepted (bytes); a longer one answers 413 and is not read further. The default leaves room
    /// for one base64 image of 8 MB in vendor options (Hunyuan's <c>imageBase64</c>).
    /// </summary>
    [Range(1_024, 30_000_000)]
    public long MaxRequestBodyBytes { get; set; } = 12L * 1024 * 1024;

    /// <summary>The <c>Retry-After</c> a client is given when the broker did not confirm a publish.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan BrokerRetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
