using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.VendorSim.Aholo;

/// <summary>Settings of the Kujiale Aholo simulator (section <c>VendorSim:Aholo</c>).</summary>
public sealed class AholoSimulatorOptions
{
    public const string SectionName = "VendorSim:Aholo";

    /// <summary>The only <c>appkey</c> accepted.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "VendorSim:Aholo:AppKey is required.")]
    public string AppKey { get; set; } = "sim-aholo-key";

    /// <summary>The secret signatures are checked with: <c>sign = md5(AppSecret + appkey + appuid + timestamp)</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "VendorSim:Aholo:AppSecret is required.")]
    public string AppSecret { get; set; } = "sim-aholo-secret";

    /// <summary>How far a request's <c>timestamp</c> may lie from the simulator's clock (undocumented; a guess).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "VendorSim:Aholo:TimestampSkew must be from {1} to {2}.")]
    public TimeSpan TimestampSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The token answer's <c>blockSize</c>: single uploads up to it, block uploads of it above.</summary>
    [Range(16, 512 * 1024 * 1024, ErrorMessage = "VendorSim:Aholo:BlockSize must be from {1} to {2} bytes.")]
    public int BlockSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest file the upload host takes.</summary>
    [Range(1L, 4L * 1024 * 1024 * 1024, ErrorMessage = "VendorSim:Aholo:MaxFileBytes must be from {1} to {2}.")]
    public long MaxFileBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>An upload token's validity (seed: 10 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "VendorSim:Aholo:TokenLifetime must be from {1} to {2}.")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an upload is processed (status 3) after its last byte, before status 5.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "VendorSim:Aholo:UploadProcessingDuration must be from {1} to {2}.")]
    public TimeSpan UploadProcessingDuration { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Job status 0 (queued) lasts this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:Aholo:QueuedDuration must be from {1} to {2}.")]
    public TimeSpan QueuedDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Job status 8 (preprocessing; reconstruction only) lasts this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:Aholo:PreprocessingDuration must be from {1} to {2}.")]
    public TimeSpan PreprocessingDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Job status 1 (waiting) lasts this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:Aholo:WaitingDuration must be from {1} to {2}.")]
    public TimeSpan WaitingDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Job status 2 (running) lasts this long, then 3 (or the scripted failure).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:Aholo:RunningDuration must be from {1} to {2}.")]
    public TimeSpan RunningDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long an uploaded file's URL works (it must still work when the job is created).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00", ErrorMessage = "VendorSim:Aholo:UploadLinkLifetime must be from {1} to {2}.")]
    public TimeSpan UploadLinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a result URL (plyPath, spzPath, sogPath) works; each query mints fresh ones.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00", ErrorMessage = "VendorSim:Aholo:ResultLinkLifetime must be from {1} to {2}.")]
    public TimeSpan ResultLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Create calls accept only resource URLs this simulator's upload host issued.</summary>
    public bool RequireUploadedResources { get; set; } = true;

    /// <summary>The token answer's <c>globalDomain</c> verbatim; empty: the simulator's own origin + <c>/aholo</c>.</summary>
    public string? GlobalDomain { get; set; }
}
