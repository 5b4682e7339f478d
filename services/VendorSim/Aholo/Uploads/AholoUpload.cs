namespace GenerationGateway.VendorSim.Aholo.Uploads;

/// <summary>One upload bound to one token: a single upload, or a block upload that fills in its blocks. Guarded by <see cref="AholoUploadStorage"/>'s lock.</summary>
public sealed class AholoUpload
{
    public required string TaskId { get; init; }

    public required string Name { get; init; }

    public required string Md5 { get; init; }

    public required long Size { get; init; }

    public required int BlockSize { get; init; }

    public required int Blocks { get; init; }

    public required bool IsBlockUpload { get; init; }

    /// <summary>Blocks received so far (1-based); for a block upload, shared with later uploads of the same file.</summary>
    public required Dictionary<int, byte[]> Received { get; init; }

    public bool Deduplicated { get; init; }

    /// <summary>When the last byte arrived (or the upload was aborted or deduplicated).</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The status the upload ends in once processed: 5, or 6/8 on failure.</summary>
    public int FinalStatus { get; set; } = AholoUploadStatuses.Success;

    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    public AholoStoredFile? File { get; set; }

    public bool Aborted { get; set; }
}
