using System.Net.Http.Headers;
using System.Text;
using GenerationGateway.AssetStore.S3;

namespace GenerationGateway.AssetStore.Tests.S3;

/// <summary>
/// The four examples of "Signature Calculations for the Authorization Header: Transferring Payload in a Single Chunk"
/// in the Amazon S3 API reference (credentials AKIAIOSFODNN7EXAMPLE, 24 May 2013, us-east-1, bucket examplebucket):
/// every expected value below is copied from that page.
/// </summary>
public sealed class SignatureV4SignerTests
{
    const string AccessKeyId = "AKIAIOSFODNN7EXAMPLE";
    const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    const string Host = "examplebucket.s3.amazonaws.com";
    const string EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static readonly DateTimeOffset Time = new(2013, 5, 24, 0, 0, 0, TimeSpan.Zero);

    readonly SignatureV4Signer _signer = new(AccessKeyId, SecretAccessKey, "us-east-1");

    [Fact]
    public void Get_object_example_gives_the_published_canonical_request_string_to_sign_and_signature()
    {
        var signature = _signer.Sign(
            "GET",
            SignatureV4Signer.EncodePath("/test.txt"),
            "",
            [new("Host", Host), new("Range", "bytes=0-9"), new("x-amz-content-sha256", EmptyHash), new("x-amz-date", "20130524T000000Z")],
            EmptyHash,
            Time);

        Assert.Equal(
            """
            GET
            /test.txt

            host:examplebucket.s3.amazonaws.com
            range:bytes=0-9
            x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            x-amz-date:20130524T000000Z

            host;range;x-amz-content-sha256;x-amz-date
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            """.ReplaceLineEndings("\n"),
            signature.CanonicalRequest);
        Assert.Equal(
            """
            AWS4-HMAC-SHA256
            20130524T000000Z
            20130524/us-east-1/s3/aws4_request
            7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972
            """.ReplaceLineEndings("\n"),
            signature.StringToSign);
        Assert.Equal("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41", signature.Signature);
        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
            + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
            + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
            signature.Authorization);
    }

    [Fact]
    public void Put_object_example_encodes_the_dollar_in_the_key_and_gives_the_published_signature()
    {
        var payloadHash = SignatureV4Signer.Sha256Hex(Encoding.UTF8.GetBytes("Welcome to Amazon S3."));

        var signature = _signer.Sign(
            "PUT",
            SignatureV4Signer.EncodePath("/test$file.text"),
            "",
            [
                new("Date", "Fri, 24 May 2013 00:00:00 GMT"),
                new("Host", Host),
                new("x-amz-date", "20130524T000000Z"),
                new("x-amz-storage-class", "REDUCED_REDUNDANCY"),
                new("x-amz-content-sha256", payloadHash),
            ],
            payloadHash,
            Time);

        Assert.Equal("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072", payloadHash);
        Assert.StartsWith("PUT\n/test%24file.text\n\ndate:Fri, 24 May 2013 00:00:00 GMT\n", signature.CanonicalRequest, StringComparison.Ordinal);
        Assert.EndsWith("\n9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d", signature.StringToSign, StringComparison.Ordinal);
        Assert.Equal("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd", signature.Signature);
        Assert.Contains("SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,", signature.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_bucket_lifecycle_example_signs_a_parameter_without_value_as_name_equals()
    {
        var signature = _signer.Sign(
            "GET",
            "/",
            SignatureV4Signer.CanonicalQueryString([new("lifecycle", "")]),
            [new("Host", Host), new("x-amz-date", "20130524T000000Z"), new("x-amz-content-sha256", EmptyHash)],
            EmptyHash,
            Time);

        Assert.StartsWith("GET\n/\nlifecycle=\nhost:", signature.CanonicalRequest, StringComparison.Ordinal);
        Assert.EndsWith("\n9766c798316ff2757b517bc739a67f6213b4ab36dd5da2f94eaebf79c77395ca", signature.StringToSign, StringComparison.Ordinal);
        Assert.Equal("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543", signature.Signature);
    }

    [Fact]
    public void List_objects_example_sorts_the_query_parameters_by_name()
    {
        var signature = _signer.Sign(
            "GET",
            "/",
            SignatureV4Signer.CanonicalQueryString([new("prefix", "J"), new("max-keys", "2")]),
            [new("Host", Host), new("x-amz-date", "20130524T000000Z"), new("x-amz-content-sha256", EmptyHash)],
            EmptyHash,
            Time);

        Assert.StartsWith("GET\n/\nmax-keys=2&prefix=J\n", signature.CanonicalRequest, StringComparison.Ordinal);
        Assert.EndsWith("\ndf57d21db20da04d7fa30298dd4488ba3a2b47ca3a489c74750e0f1e7df1b9b7", signature.StringToSign, StringComparison.Ordinal);
        Assert.Equal("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7", signature.Signature);
    }

    [Fact]
    public void Signing_an_http_request_adds_the_published_authorization_header_of_the_get_object_example()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://examplebucket.s3.amazonaws.com/test.txt");
        request.Headers.Range = new RangeHeaderValue(0, 9);
        request.Headers.UserAgent.ParseAdd("gateway-tests/1.0");

        _signer.Sign(request, EmptyHash, Time);

        Assert.Equal("20130524T000000Z", Assert.Single(request.Headers.GetValues("x-amz-date")));
        Assert.Equal(EmptyHash, Assert.Single(request.Headers.GetValues("x-amz-content-sha256")));
        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
            + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
            + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
            request.Headers.Authorization?.ToString());
    }

    [Fact]
    public void Signing_an_http_request_with_a_body_gives_the_published_signature_of_the_put_object_example()
    {
        var payload = Encoding.UTF8.GetBytes("Welcome to Amazon S3.");
        using var request = new HttpRequestMessage(HttpMethod.Put, "https://examplebucket.s3.amazonaws.com/test$file.text")
        {
            Content = new ByteArrayContent(payload),
        };
        request.Headers.Date = Time;
        request.Headers.Add("x-amz-storage-class", "REDUCED_REDUNDANCY");

        var signature = _signer.Sign(request, SignatureV4Signer.Sha256Hex(payload), Time);

        Assert.Equal("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd", signature.Signature);
        Assert.Equal(signature.Authorization, request.Headers.Authorization?.ToString());
    }

    [Fact]
    public void Signing_again_replaces_the_date_hash_and_authorization_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://examplebucket.s3.amazonaws.com/test.txt");
        request.Headers.Range = new RangeHeaderValue(0, 9);

        _signer.Sign(request, EmptyHash, Time.AddDays(1));
        _signer.Sign(request, EmptyHash, Time);

        Assert.Single(request.Headers.GetValues("x-amz-date"));
        Assert.Single(request.Headers.GetValues("Authorization"));
        Assert.EndsWith("Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41", request.Headers.Authorization?.ToString(), StringComparison.Ordinal);
    }
}
