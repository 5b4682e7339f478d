using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;

namespace GenerationGateway.Results.Api.Consumers;

public sealed class GenerationFailedConsumer(IGenerationStore store, ILogger<GenerationFailedConsumer> logger)
    : GenerationEventConsumer<GenerationFailed>(store, logger)
{
    protected override GenerationChange Describe(GenerationFailed message) => GenerationChanges.Of(message);
}
