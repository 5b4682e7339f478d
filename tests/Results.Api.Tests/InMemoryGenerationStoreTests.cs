using GenerationGateway.Results.Api.Storage;
using GenerationGateway.ServiceDefaults.InMemory;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Results.Api.Tests;

public sealed class InMemoryGenerationStoreTests : GenerationStoreSpecs
{
    protected override IGenerationStore Store { get; } = new InMemoryGenerationStore(TimeProvider.System, Options.Create(new InMemoryRetentionOptions()));
}
