namespace GenerationGateway.Contracts;

/// <summary>
/// Where the client wants to be told that the generation ended. Carries no secret: a callback is signed with its
/// tenant's secret, which stays in the gateway's store (contract change of 2026-12: <c>secret</c> removed; readers
/// ignore it in messages published before).
/// </summary>
public sealed record CallbackTarget
{
    public required Uri Url { get; init; }
}
