using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;

namespace GenerationGateway.Results.Api.Consumers;

public sealed class GenerationAcceptedConsumer(IGenerationStore store, ILogger<GenerationAcceptedConsumer> logger)
    : GenerationEventConsumer<GenerationAccepted>(store, logger)
{
    protected override GenerationChange Describe(GenerationAccepted message) => GenerationChanges.Of(message);
}
