using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;

namespace GenerationGateway.Results.Api.Consumers;

public sealed class GenerationRequestedConsumer(IGenerationStore store, ILogger<GenerationRequestedConsumer> logger)
    : GenerationEventConsumer<GenerationRequested>(store, logger)
{
    protected override GenerationChange Describe(GenerationRequested message) => GenerationChanges.Of(message);
}
