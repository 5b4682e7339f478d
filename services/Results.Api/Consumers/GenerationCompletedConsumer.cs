using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;
using GenerationGateway.ServiceDefaults.FaultInjection;

namespace GenerationGateway.Results.Api.Consumers;

public sealed class GenerationCompletedConsumer(IGenerationStore store, IFaultInjector faults, ILogger<GenerationCompletedConsumer> logger)
    : GenerationEventConsumer<GenerationCompleted>(store, logger)
{
    protected override void AfterStored() => faults.Reached(FaultPoints.CompletionStored);

    protected override GenerationChange Describe(GenerationCompleted message) => GenerationChanges.Of(message);
}
