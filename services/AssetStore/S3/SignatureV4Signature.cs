namespace GenerationGateway.AssetStore.S3;

/// <summary>The steps of one AWS Signature Version 4 calculation, each as AWS's documentation shows it.</summary>
public sealed record SignatureV4Signature
{
    public required string CanonicalRequest { get; init; }

    public required string StringToSign { get; init; }

    /// <summary>64 lowercase hex characters.</summary>
    public required string Signature { get; init; }

    /// <summary>The value of the <c>Authorization</c> header.</summary>
    public required string Authorization { get; init; }
}
