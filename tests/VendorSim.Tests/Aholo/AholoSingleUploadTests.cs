namespace GenerationGateway.VendorSim.Tests.Aholo;

public sealed class AholoSingleUploadTests
{
    [Fact]
    public async Task An_upload_is_processed_then_succeeds_with_a_url_serving_the_same_bytes()
    {
        using var factory = AholoSimulator.Create(new Dictionary<string, string?> { ["VendorSim:Aholo:UploadProcessingDuration"] = "00:00:02" });
        using var aholo = factory.Client();
        var bytes = AholoTestClient.Bytes(50);
        var (token, _, _) = await aholo.TokenAsync();

        var upload = await aholo.SingleUploadAsync(token, bytes, name: "front.png");
        var processing = await aholo.StatusAsync(token);
        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        var done = await aholo.StatusAsync(token);

        upload.AssertOk();
        Assert.Equal(3, processing.D.GetProperty("status").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, processing.D.GetProperty("url").ValueKind);
        Assert.Equal(5, done.D.GetProperty("status").GetInt32());
        Assert.Equal(AholoTestClient.Md5(bytes), done.D.GetProperty("md5").GetString());
        var url = new Uri(done.D.GetProperty("url").GetString()!);
        Assert.EndsWith("/front.png", url.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(bytes, await aholo.Http.GetByteArrayAsync(url));
    }

    [Fact]
    public async Task A_file_whose_md5_does_not_match_ends_in_status_6()
    {
        using var aholo = AholoSimulator.Start();
        var (token, _, _) = await aholo.TokenAsync();

        (await aholo.SingleUploadAsync(token, AholoTestClient.Bytes(20), md5: AholoTestClient.Md5(AholoTestClient.Bytes(21)))).AssertOk();
        var status = await aholo.StatusAsync(token);

        Assert.Equal(6, status.D.GetProperty("status").GetInt32());
        Assert.Equal("MD5_MISMATCH", status.D.GetProperty("errorCode").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("abc")]
    public async Task The_md5_field_is_required_in_lowercase_hex(string? md5)
    {
        using var aholo = AholoSimulator.Start();
        var (token, _, _) = await aholo.TokenAsync();

        (await aholo.SingleUploadAsync(token, AholoTestClient.Bytes(20), md5)).AssertError("2001");
    }

    [Fact]
    public async Task A_file_larger_than_the_block_size_must_use_the_block_upload()
    {
        using var aholo = AholoSimulator.Start();
        var (token, _, _) = await aholo.TokenAsync();

        var answer = await aholo.SingleUploadAsync(token, AholoTestClient.Bytes(AholoSimulator.BlockSize + 1));

        answer.AssertError("2001");
        Assert.Contains("block upload", answer.M, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_exactly_the_block_size_may_be_uploaded_whole()
    {
        using var aholo = AholoSimulator.Start();
        var (token, _, _) = await aholo.TokenAsync();

        (await aholo.SingleUploadAsync(token, AholoTestClient.Bytes(AholoSimulator.BlockSize))).AssertOk();
    }
}
