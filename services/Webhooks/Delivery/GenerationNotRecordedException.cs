namespace GenerationGateway.Webhooks.Delivery;

/// <summary>
/// A lifecycle event arrived before the generation's request (which names the tenant): the consumer's retry brings it
/// back once the request has been recorded; it never becomes a delivery to nobody.
/// </summary>
public sealed class GenerationNotRecordedException : Exception
{
    public GenerationNotRecordedException(Guid generationId)
        : base($"Generation {generationId} has no recorded request yet; its tenant is unknown.") => GenerationId = generationId;

    public GenerationNotRecordedException()
    {
    }

    public GenerationNotRecordedException(string message)
        : base(message)
    {
    }

    public GenerationNotRecordedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Guid GenerationId { get; }
}
