namespace GenerationGateway.VendorSim.Rodin.Faults;

/// <summary>The simulator endpoints a fault can target, as written in a fault's <c>endpoint</c>.</summary>
public static class RodinFaultEndpoints
{
    public const string Submit = "submit";
    public const string Status = "status";
    public const string Download = "download";
    public const string Balance = "balance";
    public const string Files = "files";

    public static IReadOnlyList<string> All { get; } = [Submit, Status, Download, Balance, Files];
}
