using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;
using GenerationGateway.ServiceDefaults;

namespace GenerationGateway.Results.Api.Consumers;

public sealed class GenerationCompletedConsumer(IGenerationStore store, ILogger<GenerationCompletedConsumer> logger)
    : GenerationEventConsumer<GenerationCompleted>(store, logger)
{
    protected override void AfterStored() => CrashPoint.Reached(CrashPoint.CompletionStored);

    protected override GenerationChange Describe(GenerationCompleted message) => GenerationChanges.Of(message);
}
