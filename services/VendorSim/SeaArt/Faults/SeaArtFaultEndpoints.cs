namespace GenerationGateway.VendorSim.SeaArt.Faults;

/// <summary>The simulator endpoints an http-status fault can target, as written in a fault's <c>endpoint</c>.</summary>
public static class SeaArtFaultEndpoints
{
    public const string Create = "create";
    public const string Task = "task";
    public const string Files = "files";

    public static IReadOnlyList<string> All { get; } = [Create, Task, Files];
}
