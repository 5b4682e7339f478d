namespace GenerationGateway.Contracts;

/// <summary>An input image given by public URL or by reference to a file uploaded to the gateway; exactly one of the two.</summary>
public sealed record InputImage
{
    public string? Url { get; init; }

    public string? FileReference { get; init; }

    /// <summary>Optional view label for multi-view inputs (front, back, left, right, top, bottom, left-front, right-front...).</summary>
    public string? View { get; init; }
}
