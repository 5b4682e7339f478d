namespace GenerationGateway.Adapters.Aholo;

/// <summary><c>project/info</c>: the name and projectType (0 reconstruction, 1 generation), plus status and result when given.</summary>
public sealed record AholoProjectInfo(string? Name, int? ProjectType, int? Status, AholoResult? Result);
