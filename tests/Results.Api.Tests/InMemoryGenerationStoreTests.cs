using GenerationGateway.Results.Api.Storage;

namespace GenerationGateway.Results.Api.Tests;

public sealed class InMemoryGenerationStoreTests : GenerationStoreSpecs
{
    protected override IGenerationStore Store { get; } = new InMemoryGenerationStore(TimeProvider.System);
}
