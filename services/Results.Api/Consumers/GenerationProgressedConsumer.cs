using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;

namespace GenerationGateway.Results.Api.Consumers;

public sealed class GenerationProgressedConsumer(IGenerationStore store, ILogger<GenerationProgressedConsumer> logger)
    : GenerationEventConsumer<GenerationProgressed>(store, logger)
{
    /// <summary>Preparing and submitting happen before the vendor has a job: they move stage and progress, not the status.</summary>
    protected override GenerationChange Describe(GenerationProgressed message) => GenerationChanges.Of(message);
}
