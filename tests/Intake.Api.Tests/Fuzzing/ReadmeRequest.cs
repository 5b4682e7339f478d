namespace GenerationGateway.Intake.Api.Tests.Fuzzing;

/// <summary>One README request: its headers as the README sends them and its JSON body.</summary>
public sealed record ReadmeRequest(string Name, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    /// <summary>True for the README's example of a request that is refused (its answer shown is a 400).</summary>
    public bool ShowsRefusal { get; init; }

    public override string ToString() => Name;
}
