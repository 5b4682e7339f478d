using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;
using GenerationGateway.ServiceDefaults;

namespace GenerationGateway.Results.Api.Consumers;

public sealed class GenerationCompletedConsumer(IGenerationStore store, ILogger<GenerationCompletedConsumer> logger)
    : GenerationEventConsumer<GenerationCompleted>(store, logger)
{
    protected override void AfterStored() => CrashPoint.Reached(CrashPoint.CompletionStored);

    protected override GenerationChange Describe(GenerationCompleted message) => new()
    {
        GenerationId = message.GenerationId,
        Vendor = message.Vendor,
        Status = GenerationStatus.Completed,
        Progress = 100,
        VendorJobId = message.VendorJobId,
        Usage = message.Usage,
        PartialNote = message.PartialNote,
        Assets = message.Assets,
    };
}
