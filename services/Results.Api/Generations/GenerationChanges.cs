using GenerationGateway.Contracts;

namespace GenerationGateway.Results.Api.Generations;

/// <summary>
/// What each lifecycle message says about a generation: the one mapping from the bus to <see cref="GenerationChange"/>,
/// used by results' consumers and by the webhook service (which keeps the same record to send it as a delivery's data).
/// </summary>
public static class GenerationChanges
{
    public static GenerationChange Of(GenerationRequested message) => new()
    {
        GenerationId = message.GenerationId,
        Vendor = message.Vendor,
        Status = GenerationStatus.Requested,
        Request = message,
    };

    public static GenerationChange Of(CancelGeneration message) => new()
    {
        GenerationId = message.GenerationId,
        Vendor = message.Vendor,
        CancelRequested = true,
    };

    public static GenerationChange Of(GenerationAccepted message) => new()
    {
        GenerationId = message.GenerationId,
        Vendor = message.Vendor,
        Status = GenerationStatus.Accepted,
        VendorJobId = message.VendorJobId,
    };

    public static GenerationChange Of(GenerationProgressed message) => new()
    {
        GenerationId = message.GenerationId,
        Vendor = message.Vendor,
        Status = message.Stage is GenerationStage.Processing or GenerationStage.Collecting ? GenerationStatus.Processing : null,
        Stage = message.Stage,
        Progress = Math.Clamp(message.Percent, 0, 100),
        Queue = GenerationQueuePlace.Of(message),
    };

    public static GenerationChange Of(GenerationCompleted message) => new()
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

    public static GenerationChange Of(GenerationFailed message) => new()
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

    public static GenerationChange Of(GenerationCancelled message) => new()
    {
        GenerationId = message.GenerationId,
        Vendor = message.Vendor,
        Status = GenerationStatus.Cancelled,
        VendorJobId = message.VendorJobId,
        Cancellation = new GenerationCancellation { VendorJobStopped = message.VendorJobStopped, Note = message.Note },
    };
}
