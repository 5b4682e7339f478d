using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.VendorSim.Portrait;

/// <summary>Settings of the AI portrait simulator (section <c>VendorSim:Portrait</c>).</summary>
public sealed class PortraitSimulatorOptions
{
    public const string SectionName = "VendorSim:Portrait";

    /// <summary>The only AppCode accepted, as <c>Authorization: APPCODE {AppCode}</c> (or an <c>AppCode</c> query parameter).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "VendorSim:Portrait:AppCode is required.")]
    public string AppCode { get; set; } = "sim-portrait-appcode";

    /// <summary>The account segment of upload paths (<c>user_upload/{AccountId}/{guid}.jpg</c>).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "VendorSim:Portrait:AccountId is required.")]
    public string AccountId { get; set; } = "T0000000000101";

    /// <summary>How long a training task stays in state 1 (waiting).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:Portrait:TrainingWaitingDuration must be from {1} to {2}.")]
    public TimeSpan TrainingWaitingDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a training task then stays in state 2 (running) before it ends.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:Portrait:TrainingRunningDuration must be from {1} to {2}.")]
    public TimeSpan TrainingRunningDuration { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a generation task stays in state 1 (waiting).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:Portrait:GenerationWaitingDuration must be from {1} to {2}.")]
    public TimeSpan GenerationWaitingDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a generation task then stays in state 2 (running) before it ends.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:Portrait:GenerationRunningDuration must be from {1} to {2}.")]
    public TimeSpan GenerationRunningDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Photos a successful generation yields; a partial success (state 4) yields half of them, at least one.</summary>
    [Range(1, 20, ErrorMessage = "VendorSim:Portrait:PhotosPerGeneration must be from {1} to {2}.")]
    public int PhotosPerGeneration { get; set; } = 4;

    /// <summary>How long a result path (a signed URL) works; after that the file host answers 403.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00", ErrorMessage = "VendorSim:Portrait:DownloadLinkLifetime must be from {1} to {2}.")]
    public TimeSpan DownloadLinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest upload accepted; a larger one gets the gateway's 413.</summary>
    [Range(1, 100L * 1024 * 1024, ErrorMessage = "VendorSim:Portrait:MaxUploadBytes must be from {1} to {2}.")]
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>What a callback carries: <c>body</c> (the <c>aigc_task_query</c> body, the default guess) or <c>envelope</c> (<c>{ret, body}</c>).</summary>
    [RegularExpression("^(body|envelope)$", ErrorMessage = "VendorSim:Portrait:CallbackShape must be body or envelope.")]
    public string CallbackShape { get; set; } = PortraitCallbackShapes.Body;

    /// <summary>How often (real time) finished tasks are looked for to send their callbacks.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "VendorSim:Portrait:CallbackScanInterval must be from {1} to {2}.")]
    public TimeSpan CallbackScanInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Time allowed for one callback POST.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00", ErrorMessage = "VendorSim:Portrait:CallbackTimeout must be from {1} to {2}.")]
    public TimeSpan CallbackTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
