namespace GenerationGateway.Contracts;

public sealed record GenerationInputs
{
    public string? Prompt { get; init; }

    public IReadOnlyList<InputImage> Images { get; init; } = [];

    public IReadOnlyList<InputVideo> Videos { get; init; } = [];

    /// <summary>The client's reference for the person or object portrayed; lets a vendor reuse a trained model.</summary>
    public string? SubjectReference { get; init; }
}
