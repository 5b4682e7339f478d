using System.ComponentModel.DataAnnotations;
using GenerationGateway.Adapters.Workflow.VendorHttp;

namespace GenerationGateway.Adapters.DashScope;

/// <summary>How the adapter reaches Alibaba Cloud Model Studio (DashScope) for <c>motionshop-gen3d</c>.</summary>
public sealed class DashScopeOptions : IVendorApiOptions
{
    public const string SectionName = "Vendors:DashScope";

    /// <summary>The host root (Beijing); the API paths start with <c>api/v1/</c>. The simulator's is <c>http://host/dashscope/</c>.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://dashscope.aliyuncs.com/");

    /// <summary>The Model Studio API key, sent as a bearer token.</summary>
    [Required(ErrorMessage = "Vendors:DashScope:ApiKey is required: the DashScope (Model Studio) API key.")]
    public string ApiKey { get; set; } = "";

    /// <summary>Optional workspace id, sent as <c>X-DashScope-WorkSpace</c>.</summary>
    public string? WorkspaceId { get; set; }

    /// <summary>Time allowed for one call to DashScope.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait between status checks (and before the first).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan StatusInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Calls per second to the task API (status, cancel) by every replica together. The account allows 20 QPS across
    /// all its keys; 18 leaves room for network jitter and for other tools on the same account.
    /// </summary>
    [Range(0.1, 1000.0)]
    public double TaskQueriesPerSecond { get; set; } = 18;

    /// <summary>Longest a call queues for a task-API slot; beyond that the check is put off (throttled) instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RateLimitMaxWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The shared limit's name: the same for every deployment that uses the same Alibaba Cloud account.</summary>
    [Required(AllowEmptyStrings = false)]
    public string RateLimitBucket { get; set; } = "dashscope-tasks";
}
