using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;

namespace GenerationGateway.Results.Api.Consumers;

public sealed class GenerationCancelledConsumer(IGenerationStore store, ILogger<GenerationCancelledConsumer> logger)
    : GenerationEventConsumer<GenerationCancelled>(store, logger)
{
    protected override GenerationChange Describe(GenerationCancelled message) => GenerationChanges.Of(message);
}
