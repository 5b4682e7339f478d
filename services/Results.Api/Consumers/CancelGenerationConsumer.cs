using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;

namespace GenerationGateway.Results.Api.Consumers;

/// <summary>Notes that a cancellation was asked for; the status changes only with the adapter's <see cref="GenerationCancelled"/>.</summary>
public sealed class CancelGenerationConsumer(IGenerationStore store, ILogger<CancelGenerationConsumer> logger)
    : GenerationEventConsumer<CancelGeneration>(store, logger)
{
    protected override GenerationChange Describe(CancelGeneration message) => GenerationChanges.Of(message);
}
