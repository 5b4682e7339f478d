using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Adapters.Workflow.RateLimiting;

/// <summary>
/// Where the shared rate limiter keeps its slots when the adapter runs on RabbitMQ: the adapter's own database,
/// <c>ConnectionStrings:Workflow</c> (the one its scheduler uses). On the in-memory bus there is one process, and the limiter is in memory.
/// </summary>
public sealed class SharedRateLimiterOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Read from <c>ConnectionStrings:Workflow</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "ConnectionStrings:Workflow is required: on RabbitMQ the vendor rate limit is shared by every replica through the adapter's database.")]
    public string? ConnectionString { get; set; }
}
