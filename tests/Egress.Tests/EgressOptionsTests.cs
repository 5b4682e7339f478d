using Microsoft.Extensions.Options;

namespace GenerationGateway.Egress.Tests;

public sealed class EgressOptionsTests
{
    [Fact]
    public void A_network_that_is_not_a_cidr_stops_the_start_naming_the_setting()
    {
        var failure = Assert.Throws<OptionsValidationException>(() =>
            new GuardedFetcher(new Dictionary<string, string?> { ["Egress:AllowedNetworks:0"] = "10.0.0.0/33" }).Dispose());

        Assert.Contains("Egress:AllowedNetworks:0", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_with_a_path_stops_the_start_naming_the_setting()
    {
        var failure = Assert.Throws<OptionsValidationException>(() =>
            new GuardedFetcher(new Dictionary<string, string?> { ["Egress:AllowedHosts:0"] = "vendorsim/path" }).Dispose());

        Assert.Contains("Egress:AllowedHosts:0", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_defaults_allow_nothing_and_keep_timeouts_in_seconds()
    {
        var options = new EgressOptions();

        Assert.Empty(options.AllowedHosts);
        Assert.Empty(options.AllowedNetworks);
        Assert.True(options.ConnectTimeout <= TimeSpan.FromSeconds(10));
        Assert.True(options.Timeout <= TimeSpan.FromMinutes(1));
        Assert.Equal(2, options.MaxRetries);
    }
}
