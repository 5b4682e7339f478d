using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.VendorSim.SeaArt;

/// <summary>Settings of the SeaArt gateway simulator (section <c>VendorSim:SeaArt</c>), which serves <c>tencent_hunyuan_3d_pro</c>.</summary>
public sealed class SeaArtSimulatorOptions
{
    public const string SectionName = "VendorSim:SeaArt";

    /// <summary>The only API key accepted as <c>Authorization: Bearer {ApiKey}</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "VendorSim:SeaArt:ApiKey is required.")]
    public string ApiKey { get; set; } = "sim-seaart-key";

    /// <summary>How long a task stays <c>in_progress</c> at progress 0 after the create.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:SeaArt:InQueueDuration must be from {1} to {2}.")]
    public TimeSpan InQueueDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a task then generates, its progress rising from 0 towards 1, before it ends.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:SeaArt:GeneratingDuration must be from {1} to {2}.")]
    public TimeSpan GeneratingDuration { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a result URL works (upstream result URLs last 24 h); then the file host answers 403.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00", ErrorMessage = "VendorSim:SeaArt:DownloadLinkLifetime must be from {1} to {2}.")]
    public TimeSpan DownloadLinkLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>US dollars per upstream credit, for the simulated <c>usage.cost</c>.</summary>
    [Range(typeof(decimal), "0", "100", ErrorMessage = "VendorSim:SeaArt:CreditPrice must be from {1} to {2}.")]
    public decimal CreditPrice { get; set; } = 0.02m;

    /// <summary>When above 0, every Nth created task fails with <c>13001095</c>.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "VendorSim:SeaArt:FailTaskEveryNthTask must be from {1} to {2}.")]
    public int FailTaskEveryNthTask { get; set; }
}
