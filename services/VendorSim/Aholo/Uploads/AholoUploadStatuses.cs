namespace GenerationGateway.VendorSim.Aholo.Uploads;

/// <summary>Upload status values: 5 success and 6/8 failure are documented; any other value means in progress (docs/vendors/aholo.md §4).</summary>
public static class AholoUploadStatuses
{
    /// <summary>Blocks still missing (the simulator's choice of in-progress value).</summary>
    public const int Receiving = 1;

    /// <summary>All bytes in, being processed (the simulator's choice of in-progress value).</summary>
    public const int Processing = 3;

    public const int Success = 5;

    public const int Failed = 6;

    /// <summary>The second documented failure value; only a fault produces it.</summary>
    public const int Rejected = 8;
}
