using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.VendorRules.Aholo;

/// <summary>Intake's settings for Aholo requests (section <c>VendorRules:Aholo</c>).</summary>
public sealed class AholoRequestRulesOptions
{
    public const string SectionName = "VendorRules:Aholo";

    /// <summary>
    /// Images a reconstruction needs when it has no video. The default follows seed 000, whose complete example
    /// reconstructs from one image; newer vendor docs recommend 20 images or a video (docs/vendors/aholo.md).
    /// </summary>
    [Range(1, 1000, ErrorMessage = "VendorRules:Aholo:MinReconstructionImages must be from {1} to {2}.")]
    public int MinReconstructionImages { get; set; } = 1;
}
