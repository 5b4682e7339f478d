namespace GenerationGateway.Adapters.Aholo;

/// <summary>A finished task's splat files: <c>plyPath</c>, <c>spzPath</c>, and <c>sogPath</c> when <c>uploadSog</c> was set.</summary>
public sealed record AholoResult(Uri? Ply, Uri? Spz, Uri? Sog)
{
    public bool IsEmpty => Ply is null && Spz is null && Sog is null;
}
