namespace GenerationGateway.Adapters.DashScope.Tests.Client;

/// <summary>
/// Tests that measure real time at the simulated vendor run alone, after the others: the suite's own load on a
/// two-core machine would otherwise delay calls the limiter spaced correctly.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "timing-sensitive";
}
