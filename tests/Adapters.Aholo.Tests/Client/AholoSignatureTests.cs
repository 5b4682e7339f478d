namespace GenerationGateway.Adapters.Aholo.Tests.Client;

public sealed class AholoSignatureTests
{
    [Fact]
    public void The_sign_is_the_lowercase_md5_of_secret_key_uid_and_timestamp_concatenated() =>
        // Computed independently: python3 -c "import hashlib;print(hashlib.md5(b'app-secretapp-keyuser-71700000000000').hexdigest())"
        Assert.Equal("210f54e57ac1e2f7eee3d5f40a3cd99f", AholoSignature.Sign("app-secret", "app-key", "user-7", "1700000000000"));

    [Fact]
    public void The_query_carries_the_four_parameters_with_a_millisecond_timestamp()
    {
        var options = new AholoOptions { AppKey = "app-key", AppSecret = "app-secret", AppUid = "user-7" };

        var query = AholoSignature.Query(options, DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));

        Assert.Equal("appuid=user-7&appkey=app-key&timestamp=1700000000000&sign=210f54e57ac1e2f7eee3d5f40a3cd99f", query);
    }

    [Fact]
    public void The_query_escapes_what_it_sends()
    {
        var options = new AholoOptions { AppKey = "k&1", AppSecret = "s", AppUid = "u 1" };

        var query = AholoSignature.Query(options, DateTimeOffset.FromUnixTimeMilliseconds(1));

        Assert.StartsWith("appuid=u%201&appkey=k%261&timestamp=1&sign=", query, StringComparison.Ordinal);
        Assert.EndsWith(AholoSignature.Sign("s", "k&1", "u 1", "1"), query, StringComparison.Ordinal);
    }
}
