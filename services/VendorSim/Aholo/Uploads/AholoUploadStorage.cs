using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using GenerationGateway.VendorSim.Aholo.Faults;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Aholo.Uploads;

/// <summary>
/// The upload host's state (docs/vendors/aholo.md §4, §11 notes 2–3): tokens valid for <c>TokenLifetime</c> and bound to
/// exactly one upload (a second use answers code 12), single and block uploads, blocks kept per file so a later
/// init lists only the missing ones, files deduplicated by MD5, and each upload's status progression.
/// </summary>
public sealed class AholoUploadStorage(TimeProvider time, IOptions<AholoSimulatorOptions> options, AholoScriptedFaults faults)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TokenEntry> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AholoStoredFile> _filesById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AholoStoredFile> _filesByMd5 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, byte[]>> _partials = new(StringComparer.Ordinal);

    private AholoSimulatorOptions Settings => options.Value;

    public string IssueToken()
    {
        var token = NewId();
        lock (_gate)
        {
            _tokens[token] = new TokenEntry(time.GetUtcNow() + Settings.TokenLifetime);
        }

        return token;
    }

    /// <summary>A single upload: the whole file in one multipart call, at most <c>blockSize</c> bytes.</summary>
    public AholoUploadOutcome Whole(string? token, string name, string? md5, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (UnusedToken(token, now, out var entry) is { } problem)
            {
                return problem;
            }

            if (!IsMd5(md5))
            {
                return AholoUploadOutcome.Invalid("md5 is required: the lowercase hex MD5 of the file.");
            }

            if (bytes.Length == 0)
            {
                return AholoUploadOutcome.Invalid("file is required and must not be empty.");
            }

            if (bytes.Length > Settings.BlockSize)
            {
                return AholoUploadOutcome.Invalid($"The file ({bytes.Length} bytes) is larger than blockSize ({Settings.BlockSize}): use the block upload.");
            }

            var upload = new AholoUpload
            {
                TaskId = NewId(),
                Name = name,
                Md5 = md5,
                Size = bytes.Length,
                BlockSize = Settings.BlockSize,
                Blocks = 1,
                IsBlockUpload = false,
                Received = new Dictionary<int, byte[]> { [1] = bytes },
            };
            entry.Upload = upload;
            Complete(upload, now);
            return AholoUploadOutcome.Ok(upload);
        }
    }

    /// <summary>A block-upload init: binds the token, answers the missing blocks, or deduplicates a file already held.</summary>
    public AholoUploadOutcome Init(string? token, AholoBlockInitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (UnusedToken(token, now, out var entry) is { } problem)
            {
                return problem;
            }

            if (InvalidInit(request) is { } invalid)
            {
                return AholoUploadOutcome.Invalid(invalid);
            }

            var md5 = request.Md5!;
            var size = request.Size!.Value;
            var blocks = request.Blocks!.Value;
            if (_filesByMd5.TryGetValue(md5, out var held) && held.Bytes.LongLength == size)
            {
                var duplicate = new AholoUpload
                {
                    TaskId = NewId(), Name = request.Name!, Md5 = md5, Size = size, BlockSize = Settings.BlockSize, Blocks = blocks,
                    IsBlockUpload = true, Received = [], Deduplicated = true, File = held,
                    CompletedAt = now - Settings.UploadProcessingDuration,
                };
                entry.Upload = duplicate;
                return AholoUploadOutcome.Ok(duplicate);
            }

            var key = PartialKey(md5, size);
            if (!_partials.TryGetValue(key, out var received))
            {
                received = [];
                _partials[key] = received;
            }

            var upload = new AholoUpload
            {
                TaskId = NewId(), Name = request.Name!, Md5 = md5, Size = size, BlockSize = Settings.BlockSize, Blocks = blocks,
                IsBlockUpload = true, Received = received,
            };
            entry.Upload = upload;
            var missing = Enumerable.Range(1, blocks).Where(block => !received.ContainsKey(block));
            return AholoUploadOutcome.Ok(upload) with { LackBlocks = AholoBlockRanges.Format(missing) };
        }
    }

    /// <summary>One block of the block upload bound to the token; the last one completes the upload.</summary>
    public AholoUploadOutcome Part(string? token, int? block, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (ValidToken(token, now, out var entry) is { } problem)
            {
                return problem;
            }

            if (entry.Upload is not { IsBlockUpload: true } upload)
            {
                return AholoUploadOutcome.Token("No block upload is bound to this token: call block/upload/init first.");
            }

            if (upload.CompletedAt is not null)
            {
                return AholoUploadOutcome.Invalid(upload.Aborted ? "The upload was aborted." : "Every block has already been received.");
            }

            if (block is not { } number || number < 1 || number > upload.Blocks)
            {
                return AholoUploadOutcome.Invalid($"block must be a block number from 1 to {upload.Blocks}.");
            }

            var expected = number < upload.Blocks ? upload.BlockSize : upload.Size - ((long)(upload.Blocks - 1) * upload.BlockSize);
            if (bytes.LongLength != expected)
            {
                return AholoUploadOutcome.Invalid($"Block {number} must be {expected} bytes, not {bytes.Length}.");
            }

            upload.Received[number] = bytes;
            if (upload.Received.Count == upload.Blocks)
            {
                Complete(upload, now);
            }

            return AholoUploadOutcome.Ok(upload);
        }
    }

    public AholoUploadOutcome Abort(string? token)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (ValidToken(token, now, out var entry) is { } problem)
            {
                return problem;
            }

            if (entry.Upload is not { IsBlockUpload: true, CompletedAt: null } upload)
            {
                return AholoUploadOutcome.Token("No unfinished block upload is bound to this token.");
            }

            _partials.Remove(PartialKey(upload.Md5, upload.Size));
            Fail(upload, AholoUploadStatuses.Failed, "ABORTED", "The upload was aborted.");
            upload.Aborted = true;
            upload.CompletedAt = now;
            return AholoUploadOutcome.Ok(upload);
        }
    }

    /// <summary>The upload bound to the token, for <c>upload/status</c>; code 12 when there is none.</summary>
    public AholoUploadOutcome Status(string? token)
    {
        lock (_gate)
        {
            if (ValidToken(token, time.GetUtcNow(), out var entry) is { } problem)
            {
                return problem;
            }

            return entry.Upload is { } upload
                ? AholoUploadOutcome.Ok(upload)
                : AholoUploadOutcome.Token("No upload is bound to this token yet.");
        }
    }

    /// <summary>The status the upload reports now: receiving, processing, then its final status.</summary>
    public int StatusOf(AholoUpload upload, out int progressPercent)
    {
        ArgumentNullException.ThrowIfNull(upload);
        lock (_gate)
        {
            progressPercent = upload.CompletedAt is null ? upload.Received.Count * 100 / upload.Blocks : 100;
            if (upload.CompletedAt is not { } completed)
            {
                return AholoUploadStatuses.Receiving;
            }

            return upload.Aborted || time.GetUtcNow() >= completed + Settings.UploadProcessingDuration
                ? upload.FinalStatus
                : AholoUploadStatuses.Processing;
        }
    }

    public AholoStoredFile? FindFile(string id)
    {
        lock (_gate)
        {
            return _filesById.GetValueOrDefault(id);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _tokens.Clear();
            _filesById.Clear();
            _filesByMd5.Clear();
            _partials.Clear();
        }
    }

    private void Complete(AholoUpload upload, DateTimeOffset now)
    {
        upload.CompletedAt = now;
        if (upload.IsBlockUpload)
        {
            _partials.Remove(PartialKey(upload.Md5, upload.Size));
        }

        var bytes = upload.Received.OrderBy(pair => pair.Key).SelectMany(pair => pair.Value).ToArray();
        var actual = Md5Of(bytes);
        if (actual != upload.Md5)
        {
            Fail(upload, AholoUploadStatuses.Failed, "MD5_MISMATCH", $"The file's MD5 is {actual}, not the declared {upload.Md5}.");
            return;
        }

        if (!_filesByMd5.TryGetValue(actual, out var file))
        {
            file = new AholoStoredFile(NewId(), upload.Name, actual, bytes);
            _filesByMd5[actual] = file;
            _filesById[file.Id] = file;
        }

        upload.File = file;
        if (faults.TakeUploadFault() is { } fault)
        {
            Fail(upload, fault.Status!.Value, "SIMULATED_FAULT", fault.Message ?? $"Injected upload status {fault.Status}.");
        }
    }

    private static void Fail(AholoUpload upload, int status, string code, string message)
    {
        upload.FinalStatus = status;
        upload.ErrorCode = code;
        upload.ErrorMessage = message;
        upload.File = null;
    }

    private string? InvalidInit(AholoBlockInitRequest request)
    {
        if (!IsMd5(request.Md5))
        {
            return "md5 is required: the lowercase hex MD5 of the whole file.";
        }

        if (request.Size is not (> 0) || request.Size > Settings.MaxFileBytes)
        {
            return $"size is required: the file's length in bytes, 1 to {Settings.MaxFileBytes}.";
        }

        var blocks = (request.Size.Value + Settings.BlockSize - 1) / Settings.BlockSize;
        if (request.Blocks != blocks)
        {
            return string.Create(CultureInfo.InvariantCulture, $"blocks must be ceil(size / blockSize) = {blocks}.");
        }

        return string.IsNullOrWhiteSpace(request.Name) ? "name is required." : null;
    }

    /// <summary>Null when the token is valid and not yet bound to an upload; else the code-12 answer.</summary>
    private AholoUploadOutcome? UnusedToken(string? token, DateTimeOffset now, out TokenEntry entry)
    {
        if (ValidToken(token, now, out entry) is { } problem)
        {
            return problem;
        }

        return entry.Upload is null ? null : AholoUploadOutcome.Token("The upload token was already used: tokens are single-use, get a new one.");
    }

    private AholoUploadOutcome? ValidToken(string? token, DateTimeOffset now, out TokenEntry entry)
    {
        entry = null!;
        if (string.IsNullOrEmpty(token))
        {
            return AholoUploadOutcome.Token($"The {AholoRoutes.TokenHeader} header is required.");
        }

        if (!_tokens.TryGetValue(token, out var found))
        {
            return AholoUploadOutcome.Token("Unknown upload token.");
        }

        if (now >= found.ExpiresAt)
        {
            return AholoUploadOutcome.Token("The upload token has expired.");
        }

        entry = found;
        return null;
    }

    private static bool IsMd5([NotNullWhen(true)] string? md5) =>
        md5 is { Length: 32 } && md5.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    [SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "The vendor's protocol is MD5.")]
    private static string Md5Of(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));

    private static string PartialKey(string md5, long size) => string.Create(CultureInfo.InvariantCulture, $"{md5}:{size}");

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private sealed class TokenEntry(DateTimeOffset expiresAt)
    {
        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public AholoUpload? Upload { get; set; }
    }
}
