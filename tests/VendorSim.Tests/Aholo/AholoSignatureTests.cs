using GenerationGateway.VendorSim.RequestLog;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.VendorSim.Tests.Aholo;

public sealed class AholoSignatureTests
{
    static readonly string[] Ids = ["p"];

    [Fact]
    public async Task A_call_signed_as_documented_succeeds()
    {
        using var aholo = AholoSimulator.Start();

        var answer = await aholo.ApiGetAsync("upload/token");

        answer.AssertOk();
        Assert.Equal(string.Empty, answer.Body.GetProperty("f").GetString());
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_with_http_200_and_a_nonzero_code()
    {
        using var factory = AholoSimulator.Create();
        using var aholo = factory.Client(appSecret: "not-the-secret");

        var answer = await aholo.ApiGetAsync("upload/token");

        answer.AssertError("1001");
        Assert.Contains("Signature mismatch", answer.M, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_is_compared_exactly_so_uppercase_hex_is_refused()
    {
        using var aholo = AholoSimulator.Start();
        var valid = aholo.SignedQuery();
        var sign = valid.Split('&').Single(p => p.StartsWith("sign=", StringComparison.Ordinal))[5..];

        var answer = await aholo.ApiGetAsync("upload/token", auth: valid.Replace(sign, sign.ToUpperInvariant(), StringComparison.Ordinal));

        answer.AssertError("1001");
    }

    [Fact]
    public async Task The_appuid_is_part_of_the_signature()
    {
        using var aholo = AholoSimulator.Start();
        var signedForAnotherUser = aholo.SignedQuery(appUid: "someone-else").Replace("appuid=someone-else", $"appuid={AholoTestClient.AppUid}", StringComparison.Ordinal);

        var answer = await aholo.ApiGetAsync("upload/token", auth: signedForAnotherUser);

        answer.AssertError("1001");
    }

    [Fact]
    public async Task A_call_without_appuid_is_refused()
    {
        using var aholo = AholoSimulator.Start();

        var answer = await aholo.ApiGetAsync("upload/token", auth: aholo.SignedQuery(appUid: null));

        answer.AssertError("1001");
    }

    [Fact]
    public async Task An_unknown_appkey_is_refused()
    {
        using var factory = AholoSimulator.Create();
        using var aholo = factory.Client(appKey: "other-key");

        (await aholo.ApiGetAsync("upload/token")).AssertError("1001");
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task A_timestamp_outside_the_five_minute_window_is_refused(int seconds)
    {
        using var factory = AholoSimulator.Create();
        using var aholo = factory.Client();
        var timestamp = factory.Clock.GetUtcNow().AddSeconds(seconds).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var answer = await aholo.ApiGetAsync("upload/token", auth: aholo.SignedQuery(timestamp: timestamp));

        answer.AssertError("1002");
    }

    [Fact]
    public async Task A_timestamp_just_inside_the_window_is_accepted()
    {
        using var factory = AholoSimulator.Create();
        using var aholo = factory.Client();
        var timestamp = factory.Clock.GetUtcNow().AddSeconds(-299).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        (await aholo.ApiGetAsync("upload/token", auth: aholo.SignedQuery(timestamp: timestamp))).AssertOk();
    }

    [Fact]
    public async Task A_timestamp_in_seconds_is_refused()
    {
        using var factory = AholoSimulator.Create();
        using var aholo = factory.Client();
        var seconds = factory.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var answer = await aholo.ApiGetAsync("upload/token", auth: aholo.SignedQuery(timestamp: seconds));

        answer.AssertError("1002");
        Assert.Contains("milliseconds", answer.M, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_open_platform_route_checks_the_signature()
    {
        using var factory = AholoSimulator.Create();
        using var aholo = factory.Client(appSecret: "wrong");

        (await aholo.ApiPostAsync("project/create-3d-recon", new { })).AssertError("1001");
        (await aholo.ApiPostAsync("project/create-3d-gen", new { prompt = "x" })).AssertError("1001");
        (await aholo.ApiPostAsync("project/task/list/by-ids", Ids)).AssertError("1001");
        (await aholo.ApiGetAsync("project/info", "projectId=p")).AssertError("1001");
    }

    [Fact]
    public async Task The_upload_host_takes_the_token_alone_without_a_signature()
    {
        using var factory = AholoSimulator.Create();
        using var aholo = factory.Client();
        var (token, _, _) = await aholo.TokenAsync();

        (await aholo.SingleUploadAsync(token, AholoTestClient.Bytes(10))).AssertOk();

        var upload = factory.Services.GetRequiredService<SimulatorRequestLog>().Snapshot("aholo")[^1];
        Assert.Equal("/aholo/ous/api/v2/single/upload", upload.Path);
        Assert.False(upload.Query.ContainsKey("sign"));
    }
}
