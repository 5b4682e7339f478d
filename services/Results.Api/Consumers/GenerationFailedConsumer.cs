using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;

namespace GenerationGateway.Results.Api.Consumers;

public sealed class GenerationFailedConsumer(IGenerationStore store, ILogger<GenerationFailedConsumer> logger)
    : GenerationEventConsumer<GenerationFailed>(store, logger)
{
    protected override GenerationChange Describe(GenerationFailed message) => new()
    {
        GenerationId = message.GenerationId,
        Vendor = message.Vendor,
        Status = GenerationStatus.Failed,
        VendorJobId = message.VendorJobId,
        Failure = new GenerationFailure
        {
            Reason = message.Reason,
            Retryable = message.Retryable,
            VendorCode = message.VendorCode,
            VendorMessage = message.VendorMessage,
        },
    };
}
