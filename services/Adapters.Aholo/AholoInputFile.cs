namespace GenerationGateway.Adapters.Aholo;

/// <summary>An input downloaded to a temporary file (deleted on dispose), with its MD5 and what its headers say about it.</summary>
public sealed class AholoInputFile : IAsyncDisposable
{
    public AholoInputFile(string path, string name, AholoInputKind kind, long size, string md5)
    {
        Path = path;
        Name = name;
        Kind = kind;
        Size = size;
        Md5 = md5;
    }

    public string Path { get; }

    /// <summary>The resource name sent with the upload and the create call.</summary>
    public string Name { get; }

    public AholoInputKind Kind { get; }

    public long Size { get; }

    /// <summary>Lowercase hex MD5 of the whole file.</summary>
    public string Md5 { get; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>A video's duration in seconds.</summary>
    public double? Duration { get; init; }

    public FileStream OpenRead() => new(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81_920, useAsync: true);

    /// <summary>Reads block <paramref name="block"/> (1-based) of <paramref name="blockSize"/> bytes; the last one may be shorter.</summary>
    public async Task<byte[]> ReadBlockAsync(int block, int blockSize, CancellationToken cancellationToken)
    {
        var offset = (long)(block - 1) * blockSize;
        var length = (int)Math.Min(blockSize, Size - offset);
        var buffer = new byte[length];
        await using var stream = OpenRead();
        stream.Position = offset;
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}
