namespace GenerationGateway.Contracts;

/// <summary>An input video given by public URL or by reference to a file uploaded to the gateway; exactly one of the two.</summary>
public sealed record InputVideo
{
    public string? Url { get; init; }

    public string? FileReference { get; init; }
}
