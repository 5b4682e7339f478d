namespace GenerationGateway.Contracts;

/// <summary>Where the client wants to be told that the generation ended.</summary>
public sealed record CallbackTarget
{
    public required Uri Url { get; init; }

    /// <summary>Optional shared secret the callback is signed with.</summary>
    public string? Secret { get; init; }
}
