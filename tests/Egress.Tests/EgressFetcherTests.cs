using System.Diagnostics;
using System.Net;

namespace GenerationGateway.Egress.Tests;

/// <summary>The guarded fetcher on real sockets against loopback servers, with the allow-list empty (production) and set (sandbox).</summary>
public sealed class EgressFetcherTests : IAsyncLifetime
{
    readonly LoopbackServer _server = new();
    readonly LoopbackServer _internal = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _internal.DisposeAsync();
    }

    [Fact]
    public async Task With_an_empty_allow_list_loopback_is_refused_before_anything_is_sent()
    {
        using var guard = new GuardedFetcher();

        var refused = await guard.RefusedAsync(_server.Url("ok"));

        Assert.Equal(EgressFailure.Refused, refused.Failure);
        Assert.Equal("The URL could not be fetched.", refused.Message);
        Assert.DoesNotContain("127.0.0.1", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.Hits);
    }

    [Theory]
    [InlineData("http://127.1:{0}/ok")]
    [InlineData("http://0x7f.0.0.1:{0}/ok")]
    [InlineData("http://2130706433:{0}/ok")]
    [InlineData("http://017700000001:{0}/ok")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/ok")]
    [InlineData("http://[::1]:{0}/ok")]
    [InlineData("http://0.0.0.0:{0}/ok")]
    [InlineData("http://localhost:{0}/ok")]
    public async Task Odd_spellings_of_loopback_and_names_resolving_to_it_are_refused(string template)
    {
        using var guard = new GuardedFetcher();

        var refused = await guard.RefusedAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, _server.Port)));

        Assert.Equal(EgressFailure.Refused, refused.Failure);
        Assert.Equal(0, _server.Hits);
    }

    [Fact]
    public async Task A_public_looking_name_that_resolves_to_loopback_is_refused_at_connect_time()
    {
        var resolver = new FixedResolver("images.example", IPAddress.Loopback);
        using var guard = new GuardedFetcher(resolver: resolver);

        var refused = await guard.RefusedAsync(new Uri($"http://images.example:{_server.Port}/ok"));

        Assert.Equal(EgressFailure.Refused, refused.Failure);
        Assert.True(resolver.Calls > 0);
        Assert.Equal(0, _server.Hits);
    }

    [Fact]
    public async Task A_name_resolving_to_a_public_and_an_internal_address_is_refused()
    {
        var resolver = new FixedResolver("mixed.example", IPAddress.Parse("93.184.215.14"), IPAddress.Parse("169.254.169.254"));
        using var guard = new GuardedFetcher(resolver: resolver);

        var refused = await guard.RefusedAsync(new Uri("http://mixed.example/latest/meta-data/"));

        Assert.Equal(EgressFailure.Refused, refused.Failure);
    }

    [Fact]
    public async Task With_the_loopback_network_allowed_the_fetch_succeeds()
    {
        using var guard = new GuardedFetcher(new Dictionary<string, string?> { ["Egress:AllowedNetworks:0"] = "127.0.0.0/8" });

        Assert.Equal("hello", await guard.GetStringAsync(_server.Url("ok")));
    }

    [Fact]
    public async Task An_allowed_host_is_reached_on_its_port_and_nothing_else_on_loopback()
    {
        using var guard = new GuardedFetcher(new Dictionary<string, string?> { ["Egress:AllowedHosts:0"] = $"127.0.0.1:{_server.Port}" });

        Assert.Equal("hello", await guard.GetStringAsync(_server.Url("ok")));
        var refused = await guard.RefusedAsync(_internal.Url("ok"));

        Assert.Equal(EgressFailure.Refused, refused.Failure);
        Assert.Equal(0, _internal.Hits);
    }

    [Fact]
    public async Task An_allowed_name_is_reached_whatever_it_resolves_to()
    {
        var resolver = new FixedResolver("vendorsim", IPAddress.Loopback);
        using var guard = new GuardedFetcher(new Dictionary<string, string?> { ["Egress:AllowedHosts:0"] = "vendorsim" }, resolver);

        Assert.Equal("hello", await guard.GetStringAsync(new Uri($"http://vendorsim:{_server.Port}/ok")));
    }

    [Fact]
    public async Task A_redirect_from_an_allowed_host_into_a_denied_address_is_refused_at_that_hop()
    {
        using var guard = new GuardedFetcher(new Dictionary<string, string?> { ["Egress:AllowedHosts:0"] = $"127.0.0.1:{_server.Port}" });

        var refused = await guard.RefusedAsync(_server.Url("redirect?to=" + Uri.EscapeDataString(_internal.Url("ok").ToString())));

        Assert.Equal(EgressFailure.Refused, refused.Failure);
        Assert.Equal(1, _server.Hits);
        Assert.Equal(0, _internal.Hits);
    }

    [Fact]
    public async Task A_redirect_chain_through_a_name_that_resolves_to_metadata_is_refused()
    {
        var resolver = new FixedResolver("cdn.example", IPAddress.Parse("169.254.169.254"));
        using var guard = new GuardedFetcher(new Dictionary<string, string?> { ["Egress:AllowedHosts:0"] = $"127.0.0.1:{_server.Port}" }, resolver);
        var hop2 = _server.Url("redirect?to=" + Uri.EscapeDataString("http://cdn.example/latest/meta-data/iam"));

        var refused = await guard.RefusedAsync(_server.Url("redirect?to=" + Uri.EscapeDataString(hop2.ToString())));

        Assert.Equal(EgressFailure.Refused, refused.Failure);
        Assert.Equal(2, _server.Hits);
        Assert.Equal(1, resolver.Calls);
    }

    [Fact]
    public async Task Redirects_are_followed_by_the_guard_up_to_its_limit()
    {
        using var guard = new GuardedFetcher(new Dictionary<string, string?> { ["Egress:AllowedNetworks:0"] = "127.0.0.0/8", ["Egress:MaxRedirects"] = "2" });
        var twice = _server.Url("redirect?to=" + Uri.EscapeDataString("/redirect?to=" + Uri.EscapeDataString("/ok")));
        var thrice = _server.Url("redirect?to=" + Uri.EscapeDataString(twice.PathAndQuery));

        Assert.Equal("hello", await guard.GetStringAsync(twice));
        var refused = await guard.RefusedAsync(thrice);

        Assert.Equal(EgressFailure.Refused, refused.Failure);
    }

    [Theory]
    [InlineData("http://user:secret@127.0.0.1:{0}/ok")]
    [InlineData("http://user@127.0.0.1:{0}/ok")]
    [InlineData("ftp://127.0.0.1:{0}/ok")]
    [InlineData("file:///etc/passwd")]
    public async Task Credentials_in_urls_and_other_schemes_are_refused_even_where_the_address_is_allowed(string template)
    {
        using var guard = new GuardedFetcher(new Dictionary<string, string?> { ["Egress:AllowedNetworks:0"] = "127.0.0.0/8" });

        var refused = await guard.RefusedAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, _server.Port)));

        Assert.Equal(EgressFailure.Refused, refused.Failure);
        Assert.Equal(0, _server.Hits);
    }

    [Fact]
    public async Task A_redirect_to_a_url_with_credentials_is_refused()
    {
        using var guard = new GuardedFetcher(new Dictionary<string, string?> { ["Egress:AllowedNetworks:0"] = "127.0.0.0/8" });

        var refused = await guard.RefusedAsync(_server.Url("redirect?to=" + Uri.EscapeDataString($"http://admin:admin@127.0.0.1:{_internal.Port}/ok")));

        Assert.Equal(EgressFailure.Refused, refused.Failure);
        Assert.Equal(0, _internal.Hits);
    }

    [Fact]
    public async Task A_client_error_is_final_and_a_server_error_is_retried_twice()
    {
        using var guard = new GuardedFetcher(new Dictionary<string, string?> { ["Egress:AllowedNetworks:0"] = "127.0.0.0/8" });

        var missing = await guard.RefusedAsync(_server.Url("status/404"));
        var hitsAfterMissing = _server.Hits;
        var failing = await guard.RefusedAsync(_server.Url("status/503"));

        Assert.Equal((EgressFailure.Rejected, 1), (missing.Failure, hitsAfterMissing));
        Assert.Equal((EgressFailure.Unavailable, 4), (failing.Failure, _server.Hits));
        Assert.Equal(missing.Message, failing.Message);
    }

    [Fact]
    public async Task A_closed_port_and_a_denied_address_read_the_same_to_the_caller()
    {
        using var open = new GuardedFetcher();
        using var sandbox = new GuardedFetcher(new Dictionary<string, string?> { ["Egress:AllowedNetworks:0"] = "127.0.0.0/8", ["Egress:MaxRetries"] = "0" });
        var closedPort = new Uri($"http://127.0.0.1:{FreeClosedPort()}/ok");

        var denied = await open.RefusedAsync(_server.Url("ok"));
        var closed = await sandbox.RefusedAsync(closedPort);

        Assert.Equal(denied.Message, closed.Message);
        Assert.Equal(EgressFailure.Unavailable, closed.Failure);
    }

    [Fact]
    public async Task A_slow_answer_is_cut_off_at_the_time_limit()
    {
        using var guard = new GuardedFetcher(new Dictionary<string, string?>
        {
            ["Egress:AllowedNetworks:0"] = "127.0.0.0/8",
            ["Egress:Timeout"] = "00:00:00.500",
            ["Egress:MaxRetries"] = "0",
        });
        var watch = Stopwatch.StartNew();

        var failed = await guard.RefusedAsync(_server.Url("slow"));

        Assert.Equal(EgressFailure.Unavailable, failed.Failure);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(10));
    }

    static int FreeClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
