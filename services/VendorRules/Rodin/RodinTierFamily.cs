namespace GenerationGateway.VendorRules.Rodin;

/// <summary>The model generations behind Rodin's tiers; most parameters depend on the family.</summary>
public enum RodinTierFamily
{
    /// <summary>Gen-1 and Gen-1.5: Sketch, Regular, Detail, Smooth.</summary>
    Gen1,

    /// <summary>Gen-2.</summary>
    Gen2,

    /// <summary>Gen-2.5, from Extreme-Low to Extreme-High.</summary>
    Gen25,
}
