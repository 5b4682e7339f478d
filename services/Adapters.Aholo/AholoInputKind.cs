namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// A resource's <c>type</c>: 0 = image is in the seed; 1 = video and 2 = Insta360 <c>.insv</c> follow the
/// order of the newer gateway's string enum (docs/vendors/aholo.md §5, a guess).
/// </summary>
public enum AholoInputKind
{
    Image = 0,
    Video = 1,
    Insv = 2,
}
