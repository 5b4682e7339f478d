using System.ComponentModel.DataAnnotations;
using GenerationGateway.VendorSim.DashScope.Tasks;

namespace GenerationGateway.VendorSim.DashScope;

/// <summary>Settings of the DashScope <c>motionshop-gen3d</c> simulator (section <c>VendorSim:DashScope</c>).</summary>
public sealed class DashScopeSimulatorOptions
{
    public const string SectionName = "VendorSim:DashScope";

    /// <summary>The only API key accepted as <c>Authorization: Bearer {ApiKey}</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "VendorSim:DashScope:ApiKey is required.")]
    public string ApiKey { get; set; } = "sim-dashscope-key";

    /// <summary>How long a task stays PENDING (queued) after the submit.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:DashScope:PendingDuration must be from {1} to {2}.")]
    public TimeSpan PendingDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a task stays RUNNING before it ends.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:DashScope:RunningDuration must be from {1} to {2}.")]
    public TimeSpan RunningDuration { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a task is kept after it ended; later queries answer <c>UNKNOWN</c> (the docs say 24 h).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "30.00:00:00", ErrorMessage = "VendorSim:DashScope:Retention must be from {1} to {2}.")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a <c>ply_url</c> works after the query that returned it; then the file host answers 403.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00", ErrorMessage = "VendorSim:DashScope:PlyLinkLifetime must be from {1} to {2}.")]
    public TimeSpan PlyLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Calls per second to <c>/tasks</c> allowed per key; more within any second answer 429 <c>Throttling.RateQuota</c>.</summary>
    [Range(1, 10_000, ErrorMessage = "VendorSim:DashScope:TaskQueriesPerSecond must be from {1} to {2}.")]
    public int TaskQueriesPerSecond { get; set; } = 20;

    /// <summary>The offset of the local time the <c>*_time</c> fields are written in (Beijing: +08:00).</summary>
    [Range(typeof(TimeSpan), "-14:00:00", "14:00:00", ErrorMessage = "VendorSim:DashScope:TimeZoneOffset must be from {1} to {2}.")]
    public TimeSpan TimeZoneOffset { get; set; } = TimeSpan.FromHours(8);

    /// <summary>When above 0, every Nth created task ends FAILED with <c>InternalError</c>.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "VendorSim:DashScope:FailTaskEveryNth must be from {1} to {2}.")]
    public int FailTaskEveryNth { get; set; }

    public Gen3dTaskTimeline Timeline() => new(PendingDuration, RunningDuration, Retention);
}
