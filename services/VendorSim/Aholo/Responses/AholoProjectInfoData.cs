namespace GenerationGateway.VendorSim.Aholo.Responses;

/// <summary><c>d</c> of <c>project/info</c>: the project (name, projectType 0 recon / 1 gen) and its task's state.</summary>
public sealed record AholoProjectInfoData(
    string ProjectId,
    string Name,
    int ProjectType,
    string? Scene,
    string? Cover,
    int Status,
    AholoTaskResult? Result,
    long CreateTime);
