namespace GenerationGateway.Intake.Api.Storage;

/// <summary>How many of a tenant's generations may be in flight (accepted, not yet terminal) at once.</summary>
public readonly record struct InFlightLimits(int MaxInFlight, int MaxInFlightPerVendor)
{
    /// <summary>No limit that a test or a tool would reach.</summary>
    public static InFlightLimits Unlimited { get; } = new(int.MaxValue, int.MaxValue);
}
