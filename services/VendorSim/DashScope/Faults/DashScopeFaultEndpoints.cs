namespace GenerationGateway.VendorSim.DashScope.Faults;

/// <summary>The simulator endpoints a fault can target, as written in a fault's <c>endpoint</c>.</summary>
public static class DashScopeFaultEndpoints
{
    public const string Submit = "submit";
    public const string Task = "task";
    public const string Cancel = "cancel";
    public const string Files = "files";

    public static IReadOnlyList<string> All { get; } = [Submit, Task, Cancel, Files];
}
