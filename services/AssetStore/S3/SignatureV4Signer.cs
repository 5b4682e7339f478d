using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace GenerationGateway.AssetStore.S3;

/// <summary>
/// AWS Signature Version 4 in the <c>Authorization</c> header, as S3 and S3-compatible stores check it: the path is
/// URI-encoded once, segment by segment, and the payload's SHA-256 travels in <c>x-amz-content-sha256</c>
/// ("Signature Calculations for the Authorization Header" in the S3 API reference).
/// </summary>
public sealed class SignatureV4Signer
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string DateHeader = "x-amz-date";
    public const string ContentSha256Header = "x-amz-content-sha256";

    /// <summary>SHA-256 of no bytes: the payload hash of a request without a body.</summary>
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>Headers the HTTP stack or a proxy may add, change or drop on the way: never signed.</summary>
    static readonly HashSet<string> Unsigned = new(StringComparer.OrdinalIgnoreCase)
    {
        "authorization", "host", "user-agent", "expect", "connection", "transfer-encoding", "content-length", "traceparent", "tracestate",
    };

    readonly string _accessKeyId;
    readonly byte[] _secretKey;
    readonly string _region;
    readonly string _service;

    public SignatureV4Signer(string accessKeyId, string secretAccessKey, string region, string service = "s3")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKeyId);
        ArgumentException.ThrowIfNullOrEmpty(secretAccessKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        _accessKeyId = accessKeyId;
        _secretKey = Encoding.UTF8.GetBytes("AWS4" + secretAccessKey);
        _region = region;
        _service = service;
    }

    /// <summary>
    /// Adds <c>x-amz-date</c>, <c>x-amz-content-sha256</c> and <c>Authorization</c> to <paramref name="request"/>. Signs the
    /// host and every header already on the request (content headers too) but the few in <see cref="Unsigned"/>.
    /// </summary>
    public SignatureV4Signature Sign(HttpRequestMessage request, string payloadHash, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri is { IsAbsoluteUri: true } absolute
            ? absolute
            : throw new ArgumentException("Only a request with an absolute URI can be signed.", nameof(request));

        request.Headers.Remove(DateHeader);
        request.Headers.Remove(ContentSha256Header);
        request.Headers.Authorization = null;
        request.Headers.TryAddWithoutValidation(DateHeader, Timestamp(time));
        request.Headers.TryAddWithoutValidation(ContentSha256Header, payloadHash);

        var headers = new List<KeyValuePair<string, string>> { new("host", request.Headers.Host ?? uri.Authority) };
        var present = request.Content is null ? request.Headers.NonValidated : request.Headers.NonValidated.Concat(request.Content.Headers.NonValidated);
        foreach (var (name, values) in present.Where(header => !Unsigned.Contains(header.Key)))
        {
            headers.AddRange(values.Select(value => new KeyValuePair<string, string>(name, value)));
        }

        var signature = Sign(request.Method.Method, CanonicalPath(uri.AbsolutePath), CanonicalQueryString(QueryParameters(uri.Query)), headers, payloadHash, time);
        request.Headers.Authorization = new AuthenticationHeaderValue(Algorithm, signature.Authorization[(Algorithm.Length + 1)..]);
        return signature;
    }

    /// <summary>Signs a request given as its canonical parts; <paramref name="headers"/> are exactly the headers to sign.</summary>
    public SignatureV4Signature Sign(
        string method,
        string canonicalUri,
        string canonicalQueryString,
        IEnumerable<KeyValuePair<string, string>> headers,
        string payloadHash,
        DateTimeOffset time)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentException.ThrowIfNullOrEmpty(payloadHash);

        var canonicalHeaders = headers
            .GroupBy(header => header.Key.Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .Select(group => (Name: group.Key, Value: string.Join(',', group.Select(header => CanonicalValue(header.Value)))))
            .OrderBy(header => header.Name, StringComparer.Ordinal)
            .ToList();
        var signedHeaders = string.Join(';', canonicalHeaders.Select(header => header.Name));
        var canonicalRequest = string.Join(
            '\n',
            method,
            canonicalUri,
            canonicalQueryString,
            string.Concat(canonicalHeaders.Select(header => $"{header.Name}:{header.Value}\n")),
            signedHeaders,
            payloadHash);

        var timestamp = Timestamp(time);
        var date = timestamp[..8];
        var scope = $"{date}/{_region}/{_service}/aws4_request";
        var stringToSign = string.Join('\n', Algorithm, timestamp, scope, Sha256Hex(canonicalRequest));
        var signingKey = Hmac(Hmac(Hmac(Hmac(_secretKey, date), _region), _service), "aws4_request");
        var signature = Convert.ToHexStringLower(Hmac(signingKey, stringToSign));

        return new SignatureV4Signature
        {
            CanonicalRequest = canonicalRequest,
            StringToSign = stringToSign,
            Signature = signature,
            Authorization = $"{Algorithm} Credential={_accessKeyId}/{scope},SignedHeaders={signedHeaders},Signature={signature}",
        };
    }

    /// <summary>Each segment of an unencoded path URI-encoded (RFC 3986 unreserved characters stay), slashes kept.</summary>
    public static string EncodePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>Parameters encoded, sorted by name then value, joined with <c>&amp;</c>; a parameter without value keeps its <c>=</c>.</summary>
    public static string CanonicalQueryString(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return string.Join('&', parameters
            .Select(parameter => (Name: Uri.EscapeDataString(parameter.Key), Value: Uri.EscapeDataString(parameter.Value)))
            .OrderBy(parameter => parameter.Name, StringComparer.Ordinal)
            .ThenBy(parameter => parameter.Value, StringComparer.Ordinal)
            .Select(parameter => $"{parameter.Name}={parameter.Value}"));
    }

    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public static string Sha256Hex(ReadOnlySpan<byte> payload) => Convert.ToHexStringLower(SHA256.HashData(payload));

    static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    /// <summary>The path as sent (percent-encoded by <see cref="Uri"/>), decoded and encoded again the way S3 canonicalizes it.</summary>
    static string CanonicalPath(string absolutePath) =>
        absolutePath.Length == 0 ? "/" : EncodePath(string.Join('/', absolutePath.Split('/').Select(Uri.UnescapeDataString)));

    static IEnumerable<KeyValuePair<string, string>> QueryParameters(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            return separator < 0
                ? new KeyValuePair<string, string>(Uri.UnescapeDataString(pair), "")
                : new KeyValuePair<string, string>(Uri.UnescapeDataString(pair[..separator]), Uri.UnescapeDataString(pair[(separator + 1)..]));
        });

    /// <summary>Trimmed, runs of spaces collapsed to one.</summary>
    static string CanonicalValue(string value)
    {
        var trimmed = value.Trim();
        if (!trimmed.Contains("  ", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed.Length);
        foreach (var character in trimmed)
        {
            if (character != ' ' || builder[^1] != ' ')
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
