using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using GenerationGateway.Adapters.Aholo.VendorApi;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>The upload host's client: absolute URLs built from each token's origin, the token in <c>ous-token-v2</c>.</summary>
public sealed class AholoUploadClient(HttpClient http) : IAholoUploadClient
{
    public const string TokenHeader = "ous-token-v2";
    public const string SinglePath = "single/upload";
    public const string InitPath = "block/upload/init";
    public const string PartPath = "block/upload/part";
    public const string StatusPath = "upload/status";

    public async Task SingleUploadAsync(AholoUploadToken token, AholoInputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(file);
        await using var stream = file.OpenRead();
        using var form = new MultipartFormDataContent
        {
            { FileContent(new StreamContent(stream)), "file", file.Name },
            { new StringContent(file.Md5), "md5" },
        };
        await SendAsync<JsonElement>(HttpMethod.Post, token.Endpoint(SinglePath), token.Token, form, "single/upload", cancellationToken);
    }

    public async Task<AholoBlockPlan> InitBlockUploadAsync(AholoUploadToken token, AholoInputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(file);
        var blocks = (file.Size + token.BlockSize - 1) / token.BlockSize;
        // The official SDK sends the init parameters as query parameters.
        var query = string.Create(CultureInfo.InvariantCulture, $"?md5={file.Md5}&blocks={blocks}&size={file.Size}&name={Uri.EscapeDataString(file.Name)}");
        var answer = await SendAsync<AholoBlockInitAnswer>(HttpMethod.Post, new Uri(token.Endpoint(InitPath).AbsoluteUri + query), token.Token, null, "block/upload/init", cancellationToken)
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
        using var form = new MultipartFormDataContent
        {
            { new StringContent(block.ToString(CultureInfo.InvariantCulture)), "block" },
            { FileContent(new ReadOnlyMemoryContent(bytes)), "file", "blob" },
        };
        await SendAsync<JsonElement>(HttpMethod.Post, token.Endpoint(PartPath), token.Token, form, "block/upload/part", cancellationToken);
    }

    public async Task<AholoUploadStatus> GetStatusAsync(Uri origin, string token, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await SendAsync<AholoUploadStatusAnswer>(HttpMethod.Get, AholoUploadToken.ForOrigin(origin, StatusPath), token, null, "upload/status", cancellationToken)
                ?? throw new JsonException("Aholo upload/status answered without data.");
            var url = Uri.TryCreate(answer.Url, UriKind.Absolute, out var link) ? link : null;
            return new AholoUploadStatus(answer.Status, url, AholoJson.Text(answer.ErrorCode), answer.ErrorMsg);
        }
        catch (VendorCallException exception) when (exception.VendorCode == AholoErrors.TokenProblem)
        {
            return AholoUploadStatus.TokenRejected(exception.Message);
        }
    }

    static HttpContent FileContent(HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    async Task<T?> SendAsync<T>(HttpMethod method, Uri url, string token, HttpContent? content, string operation, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.TryAddWithoutValidation(TokenHeader, token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new VendorCallException(VendorErrorKind.Unavailable, FailureReason.InputUnavailable, null,
                $"Aholo {operation} on {url.Host} failed: {exception.Message}", null, exception);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw AholoErrors.FromStatus(operation, response, body);
            }

            var envelope = JsonSerializer.Deserialize<AholoEnvelope>(body, AholoJson.Options)
                ?? throw new JsonException($"Aholo {operation} answered with an empty body.");
            if (!envelope.IsSuccess)
            {
                throw envelope.Code == AholoErrors.TokenProblem
                    ? new VendorCallException(VendorErrorKind.Unavailable, FailureReason.InputUnavailable, AholoErrors.TokenProblem, $"Aholo {operation} refused the upload token: {envelope.M}")
                    : AholoErrors.FromCode(operation, envelope.Code ?? "(none)", envelope.M);
            }

            return envelope.D.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? default : envelope.D.Deserialize<T>(AholoJson.Options);
        }
    }
}
