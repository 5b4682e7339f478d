namespace GenerationGateway.VendorSim.Portrait.Faults;

/// <summary>The endpoints a request fault can target, as written in a fault's <c>endpoint</c>.</summary>
public static class PortraitFaultEndpoints
{
    /// <summary>The next call to any API endpoint (not the file host); the default.</summary>
    public const string Any = "any";
    public const string Upload = "upload";
    public const string ModelCreate = "model-create";
    public const string TaskQuery = "task-query";
    public const string Styles = "styles";
    public const string TaskCreate = "task-create";
    public const string Files = "files";

    public static IReadOnlyList<string> All { get; } = [Any, Upload, ModelCreate, TaskQuery, Styles, TaskCreate, Files];
}
