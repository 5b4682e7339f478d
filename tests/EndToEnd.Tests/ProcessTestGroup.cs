namespace GenerationGateway.EndToEnd.Tests;

/// <summary>Tests that start a whole deployment of processes run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessTestGroup
{
    public const string Name = "deployments of processes";
}
