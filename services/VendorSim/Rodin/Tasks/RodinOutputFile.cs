namespace GenerationGateway.VendorSim.Rodin.Tasks;

/// <summary>A file a finished task offers for download.</summary>
/// <param name="Name">The name in the download list and in the file URL (e.g. <c>base_basic_pbr.glb</c>).</param>
/// <param name="Kind">What the simulator serves under that name.</param>
/// <param name="NeedsAllJobsDone">False for files listed as soon as the first job is Done (the preview).</param>
public sealed record RodinOutputFile(string Name, RodinOutputKind Kind, bool NeedsAllJobsDone);
