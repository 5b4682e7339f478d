namespace GenerationGateway.VendorSim.Tests.Aholo;

public sealed class AholoUploadTokenTests
{
    [Fact]
    public async Task The_token_answer_names_the_upload_host_as_a_bare_host_and_the_block_size()
    {
        using var aholo = AholoSimulator.Start();

        var (token, domain, blockSize) = await aholo.TokenAsync();

        Assert.Equal(32, token.Length);
        Assert.Equal("localhost/aholo", domain);
        Assert.Equal(AholoSimulator.BlockSize, blockSize);
    }

    [Fact]
    public async Task A_configured_global_domain_is_answered_verbatim()
    {
        using var factory = AholoSimulator.Create(new Dictionary<string, string?> { ["VendorSim:Aholo:GlobalDomain"] = "ous-sg.kujiale.test" });
        using var aholo = factory.Client();

        var (_, domain, _) = await aholo.TokenAsync();

        Assert.Equal("ous-sg.kujiale.test", domain);
    }

    [Fact]
    public async Task Every_token_is_new()
    {
        using var aholo = AholoSimulator.Start();

        Assert.NotEqual((await aholo.TokenAsync()).Token, (await aholo.TokenAsync()).Token);
    }

    [Fact]
    public async Task A_token_serves_one_single_upload_only()
    {
        using var aholo = AholoSimulator.Start();
        var (token, _, _) = await aholo.TokenAsync();
        (await aholo.SingleUploadAsync(token, AholoTestClient.Bytes(10, 1))).AssertOk();

        var second = await aholo.SingleUploadAsync(token, AholoTestClient.Bytes(10, 2));

        second.AssertError("12");
        Assert.Contains("single-use", second.M, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_bound_to_a_single_upload_cannot_start_a_block_upload()
    {
        using var aholo = AholoSimulator.Start();
        var (token, _, _) = await aholo.TokenAsync();
        (await aholo.SingleUploadAsync(token, AholoTestClient.Bytes(10))).AssertOk();

        (await aholo.InitAsync(token, AholoTestClient.Bytes(200))).AssertError("12");
    }

    [Fact]
    public async Task A_token_expires_after_ten_minutes()
    {
        using var factory = AholoSimulator.Create();
        using var aholo = factory.Client();
        var (token, _, _) = await aholo.TokenAsync();
        (await aholo.SingleUploadAsync(token, AholoTestClient.Bytes(10))).AssertOk();
        factory.Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        (await aholo.StatusAsync(token)).AssertOk();

        factory.Clock.Advance(TimeSpan.FromMilliseconds(1));

        var expired = await aholo.StatusAsync(token);
        expired.AssertError("12");
        Assert.Contains("expired", expired.M, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_cannot_upload()
    {
        using var factory = AholoSimulator.Create();
        using var aholo = factory.Client();
        var (token, _, _) = await aholo.TokenAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(11));

        (await aholo.SingleUploadAsync(token, AholoTestClient.Bytes(10))).AssertError("12");
    }

    [Fact]
    public async Task Status_before_any_upload_is_a_token_problem()
    {
        using var aholo = AholoSimulator.Start();
        var (token, _, _) = await aholo.TokenAsync();

        var status = await aholo.StatusAsync(token);

        status.AssertError("12");
        Assert.Contains("No upload is bound", status.M, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task A_missing_or_unknown_token_is_a_token_problem(string? token)
    {
        using var aholo = AholoSimulator.Start();

        (await aholo.StatusAsync(token)).AssertError("12");
        (await aholo.SingleUploadAsync(token!, AholoTestClient.Bytes(10))).AssertError("12");
    }
}
