using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Egress;

/// <summary>
/// Which addresses the gateway may connect to for a URL it was handed: every public address, never loopback, private
/// (RFC 1918), link-local (cloud metadata), CGNAT, multicast, unspecified, broadcast, reserved, IPv6 unique-local and
/// link-local, nor an IPv6 form that embeds one of those IPv4 addresses (mapped, compatible, NAT64, 6to4) — unless the
/// configuration allows the host or the network explicitly.
/// </summary>
public sealed class EgressAddressPolicy
{
    static readonly IPNetwork[] DeniedV4 =
    [
        IPNetwork.Parse("0.0.0.0/8"),        // unspecified, "this network"
        IPNetwork.Parse("10.0.0.0/8"),       // RFC 1918
        IPNetwork.Parse("100.64.0.0/10"),    // CGNAT
        IPNetwork.Parse("127.0.0.0/8"),      // loopback
        IPNetwork.Parse("169.254.0.0/16"),   // link-local, cloud metadata
        IPNetwork.Parse("172.16.0.0/12"),    // RFC 1918
        IPNetwork.Parse("192.0.0.0/24"),     // IETF protocol assignments
        IPNetwork.Parse("192.168.0.0/16"),   // RFC 1918
        IPNetwork.Parse("198.18.0.0/15"),    // benchmarking
        IPNetwork.Parse("224.0.0.0/4"),      // multicast
        IPNetwork.Parse("240.0.0.0/4"),      // reserved, broadcast
    ];

    static readonly IPNetwork[] DeniedV6 =
    [
        IPNetwork.Parse("::/128"),           // unspecified
        IPNetwork.Parse("::1/128"),          // loopback
        IPNetwork.Parse("fc00::/7"),         // unique-local
        IPNetwork.Parse("fe80::/10"),        // link-local
        IPNetwork.Parse("fec0::/10"),        // site-local (deprecated)
        IPNetwork.Parse("ff00::/8"),         // multicast
    ];

    static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");

    readonly EgressHost[] _hosts;
    readonly IPNetwork[] _networks;

    public EgressAddressPolicy(IOptions<EgressOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _hosts = [.. options.Value.AllowedHosts.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => EgressHost.TryParse(x, out var host) ? host : throw new OptionsValidationException(EgressOptions.SectionName, typeof(EgressOptions), [$"Bad allowed host '{x}'."]))];
        _networks = [.. options.Value.AllowedNetworks.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => IPNetwork.Parse(x))];
    }

    /// <summary>Whether the host (by name, as written in the URL) is allow-listed on that port.</summary>
    public bool IsAllowedHost(string host, int port) => _hosts.Any(x => x.Matches(host, port));

    /// <summary>Whether the gateway may connect to <paramref name="address"/>.</summary>
    public bool IsAllowed(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (_networks.Any(x => x.Contains(address) || (address.IsIPv4MappedToIPv6 && x.Contains(address.MapToIPv4()))))
        {
            return true;
        }

        return !IsDeniedByDefault(address);
    }

    /// <summary>Whether the address is in a range denied unless allow-listed.</summary>
    public static bool IsDeniedByDefault(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return DeniedV4.Any(x => x.Contains(address));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }

        var plain = address.ScopeId == 0 ? address : new IPAddress(address.GetAddressBytes());
        if (DeniedV6.Any(x => x.Contains(plain)))
        {
            return true;
        }

        var bytes = plain.GetAddressBytes();
        if (plain.IsIPv4MappedToIPv6 || Compatible.Contains(plain) || Nat64.Contains(plain))
        {
            return IsDeniedByDefault(new IPAddress(bytes.AsSpan(12, 4)));
        }

        return SixToFour.Contains(plain) && IsDeniedByDefault(new IPAddress(bytes.AsSpan(2, 4)));
    }
}
