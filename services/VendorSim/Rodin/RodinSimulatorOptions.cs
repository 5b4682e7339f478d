using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.VendorSim.Rodin;

/// <summary>Settings of the Hyper3D Rodin simulator (section <c>VendorSim:Rodin</c>).</summary>
public sealed class RodinSimulatorOptions
{
    public const string SectionName = "VendorSim:Rodin";

    /// <summary>The only API key accepted as <c>Authorization: Bearer {ApiKey}</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "VendorSim:Rodin:ApiKey is required.")]
    public string ApiKey { get; set; } = "sim-rodin-key";

    /// <summary>How long every job of a task stays <c>Waiting</c> after the submit.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:Rodin:WaitingDuration must be from {1} to {2}.")]
    public TimeSpan WaitingDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long each job generates; job <c>i</c> (0-based) is Done at Waiting + (i + 1) × Generating.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "VendorSim:Rodin:GeneratingDuration must be from {1} to {2}.")]
    public TimeSpan GeneratingDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a URL returned by <c>/download</c> works; after that the file host answers 403.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00", ErrorMessage = "VendorSim:Rodin:DownloadLinkLifetime must be from {1} to {2}.")]
    public TimeSpan DownloadLinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Jobs per task (geometry, texture, ...).</summary>
    [Range(2, 8, ErrorMessage = "VendorSim:Rodin:JobsPerTask must be from {1} to {2}.")]
    public int JobsPerTask { get; set; } = 2;

    /// <summary>Credits on the account when the simulator starts (and after <c>POST /_sim/rodin/reset</c>).</summary>
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "VendorSim:Rodin:InitialBalance must be from {1} to {2}.")]
    public decimal InitialBalance { get; set; } = 100m;

    /// <summary>When above 0, every Nth created task has its last job end <c>Failed</c>.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "VendorSim:Rodin:FailJobEveryNthTask must be from {1} to {2}.")]
    public int FailJobEveryNthTask { get; set; }

    /// <summary>Chance (0 to 1) that a created task has its last job end <c>Failed</c>.</summary>
    [Range(0.0, 1.0, ErrorMessage = "VendorSim:Rodin:FailJobProbability must be from {1} to {2}.")]
    public double FailJobProbability { get; set; }
}
