using System.Net;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Egress.Tests;

public sealed class EgressAddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("224.0.0.1")]
    [InlineData("239.255.255.250")]
    [InlineData("255.255.255.255")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::127.0.0.1")]
    [InlineData("::a9fe:a9fe")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:7f00:1::1")]
    public void Internal_addresses_and_their_ipv6_forms_are_denied_by_default(string address)
    {
        Assert.True(EgressAddressPolicy.IsDeniedByDefault(IPAddress.Parse(address)));
        Assert.False(Policy().IsAllowed(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("100.128.0.1")]
    [InlineData("172.32.0.1")]
    [InlineData("169.255.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.True(Policy().IsAllowed(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.1")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("2130706433")]
    [InlineData("017700000001")]
    [InlineData("0x7f000001")]
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("::ffff:7f00:1")]
    public void Odd_spellings_parse_to_the_address_they_mean_and_are_denied(string spelling)
    {
        Assert.True(IPAddress.TryParse(spelling.Trim('[', ']'), out var address));
        Assert.True(EgressAddressPolicy.IsDeniedByDefault(address));
    }

    [Fact]
    public void An_allowed_network_opens_exactly_that_network()
    {
        var policy = Policy(networks: ["10.42.0.0/16"]);

        Assert.True(policy.IsAllowed(IPAddress.Parse("10.42.7.1")));
        Assert.True(policy.IsAllowed(IPAddress.Parse("::ffff:10.42.7.1")));
        Assert.False(policy.IsAllowed(IPAddress.Parse("10.43.0.1")));
        Assert.False(policy.IsAllowed(IPAddress.Parse("169.254.169.254")));
    }

    [Fact]
    public void An_allowed_host_is_allowed_on_its_port_only_when_it_names_one()
    {
        var policy = Policy(hosts: ["vendorsim:8080", "files.sandbox"]);

        Assert.True(policy.IsAllowedHost("VendorSim", 8080));
        Assert.False(policy.IsAllowedHost("vendorsim", 5432));
        Assert.True(policy.IsAllowedHost("files.sandbox", 443));
        Assert.False(policy.IsAllowedHost("other.sandbox", 443));
    }

    static EgressAddressPolicy Policy(string[]? hosts = null, string[]? networks = null)
    {
        var options = new EgressOptions();
        foreach (var host in hosts ?? [])
        {
            options.AllowedHosts.Add(host);
        }

        foreach (var network in networks ?? [])
        {
            options.AllowedNetworks.Add(network);
        }

        return new EgressAddressPolicy(Options.Create(options));
    }
}
