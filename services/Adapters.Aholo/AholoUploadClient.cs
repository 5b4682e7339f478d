using System.Globalization;
using System.Text.Json;
using GenerationGateway.Adapters.Aholo.VendorApi;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Refit;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// The upload host's client: the wire is <see cref="IAholoUploadApi"/> (Refit, absolute URLs built from each token's origin);
/// this layer reads the envelope, and a refused token (code 12) means the upload must start over with a new one.
/// </summary>
sealed class AholoUploadClient(IAholoUploadApi api) : IAholoUploadClient
{
    public const string SinglePath = "single/upload";
    public const string InitPath = "block/upload/init";
    public const string PartPath = "block/upload/part";
    public const string StatusPath = "upload/status";

    const string OctetStream = "application/octet-stream";

    public async Task SingleUploadAsync(AholoUploadToken token, AholoInputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(file);
        await using var stream = file.OpenRead();
        using var response = await api.SingleUploadAsync(token.Endpoint(SinglePath), token.Token, new StreamPart(stream, file.Name, OctetStream), file.Md5, cancellationToken);
        await ReadAsync<JsonElement>(response, "single/upload", cancellationToken);
    }

    public async Task<AholoBlockPlan> InitBlockUploadAsync(AholoUploadToken token, AholoInputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(file);
        var blocks = (file.Size + token.BlockSize - 1) / token.BlockSize;
        using var response = await api.InitBlockUploadAsync(token.Endpoint(InitPath), token.Token, file.Md5, blocks, file.Size, file.Name, cancellationToken);
        var answer = await ReadAsync<AholoBlockInitAnswer>(response, "block/upload/init", cancellationToken)
            ?? throw new JsonException("Aholo block/upload/init answered without data.");
        if (answer.Deduplicated == true)
        {
            return new AholoBlockPlan([], Deduplicated: true);
        }

        // No lackBlocks means every block is missing.
        return new AholoBlockPlan(
            answer.LackBlocks is null ? [.. Enumerable.Range(1, (int)blocks)] : AholoBlockRanges.Parse(answer.LackBlocks, (int)blocks),
            Deduplicated: false);
    }

    public async Task UploadBlockAsync(AholoUploadToken token, int block, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        await using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var response = await api.UploadBlockAsync(
            token.Endpoint(PartPath), token.Token, block.ToString(CultureInfo.InvariantCulture), new StreamPart(stream, "blob", OctetStream), cancellationToken);
        await ReadAsync<JsonElement>(response, "block/upload/part", cancellationToken);
    }

    public async Task<AholoUploadStatus> GetStatusAsync(Uri origin, string token, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await api.GetStatusAsync(AholoUploadToken.ForOrigin(origin, StatusPath), token, cancellationToken);
            var answer = await ReadAsync<AholoUploadStatusAnswer>(response, "upload/status", cancellationToken)
                ?? throw new JsonException("Aholo upload/status answered without data.");
            var url = Uri.TryCreate(answer.Url, UriKind.Absolute, out var link) ? link : null;
            return new AholoUploadStatus(answer.Status, url, AholoJson.Text(answer.ErrorCode), answer.ErrorMsg);
        }
        catch (VendorCallException exception) when (exception.VendorCode == AholoErrors.TokenProblem)
        {
            return AholoUploadStatus.TokenRejected(exception.Message);
        }
    }

    static Task<T?> ReadAsync<T>(HttpResponseMessage response, string operation, CancellationToken cancellationToken) =>
        AholoEnvelope.ReadAsync<T>(response, operation, cancellationToken, envelope => envelope.Code == AholoErrors.TokenProblem
            ? new VendorCallException(VendorErrorKind.Unavailable, FailureReason.InputUnavailable, AholoErrors.TokenProblem, $"Aholo {operation} refused the upload token: {envelope.M}")
            : null);
}
