using System.Net;
using System.Text.Json.Nodes;

namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>
/// The NetworkPolicies of one namespace, evaluated like a CNI does for pods of that namespace: traffic is allowed
/// when no policy selects a pod for that direction, or when one that does has a matching rule.
/// </summary>
public sealed class NetworkPolicySet(IEnumerable<JsonObject> policies)
{
    readonly IReadOnlyList<JsonObject> _policies = [.. policies];

    /// <summary>Whether pods labelled <paramref name="from"/> may open TCP <paramref name="port"/> to <paramref name="to"/>
    /// (pod labels in this namespace, or null for a destination outside the cluster).</summary>
    public bool AllowsEgress(JsonNode? from, int port, JsonNode? to, string protocol = "TCP") =>
        Allows(from, "Egress", "egress", "to", port, to, protocol);

    /// <summary>
    /// Whether pods labelled <paramref name="from"/> may open TCP <paramref name="port"/> to <paramref name="address"/> outside
    /// the cluster: a rule without peers allows every address, an <c>ipBlock</c> its CIDR minus its exceptions.
    /// </summary>
    public bool AllowsEgressTo(JsonNode? from, int port, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        // An IPv4-mapped IPv6 address leaves the pod as the IPv4 address it maps.
        address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        var selecting = _policies
            .Where(policy => LabelSelector.Matches(policy["spec"]?["podSelector"], from))
            .Where(policy => policy["spec"]?["policyTypes"].Texts().Contains("Egress") is true)
            .ToArray();
        return selecting.Length == 0 || selecting.SelectMany(policy => policy["spec"]?["egress"].Items() ?? []).Any(rule =>
            PortMatches(rule["ports"], port, "TCP")
            && (!rule["to"].Items().Any() || rule["to"].Items().Any(peer => peer["ipBlock"] is { } block && InBlock(block, address))));
    }

    static bool InBlock(JsonNode block, IPAddress address) =>
        IPNetwork.Parse(block["cidr"].Text()!).Contains(address)
        && !block["except"].Items().Any(except => IPNetwork.Parse(except.Text()!).Contains(address));

    /// <summary>Whether pods labelled <paramref name="to"/> accept TCP <paramref name="port"/> from pods labelled <paramref name="from"/>.</summary>
    public bool AllowsIngress(JsonNode? to, int port, JsonNode? from) =>
        Allows(to, "Ingress", "ingress", "from", port, from, "TCP");

    /// <summary>Whether a policy selects every pod and denies both directions without a rule.</summary>
    public bool DeniesByDefault => _policies.Select(policy => policy["spec"]).Any(spec =>
        spec?["podSelector"] is JsonObject { Count: 0 }
        && spec["policyTypes"].Texts().Contains("Ingress")
        && spec["policyTypes"].Texts().Contains("Egress")
        && !spec["ingress"].Items().Any()
        && !spec["egress"].Items().Any());

    bool Allows(JsonNode? pod, string type, string rulesKey, string peersKey, int port, JsonNode? peer, string protocol)
    {
        var selecting = _policies
            .Where(policy => LabelSelector.Matches(policy["spec"]?["podSelector"], pod))
            .Where(policy => policy["spec"]?["policyTypes"].Texts().Contains(type) is true)
            .ToArray();
        if (selecting.Length == 0)
        {
            return true;
        }

        return selecting.SelectMany(policy => policy["spec"]?[rulesKey].Items() ?? []).Any(rule =>
            PortMatches(rule["ports"], port, protocol) && PeerMatches(rule[peersKey], peer));
    }

    static bool PortMatches(JsonNode? ports, int port, string protocol) =>
        !ports.Items().Any() || ports.Items().Any(item =>
            (item["protocol"].Text() ?? "TCP") == protocol
            && (item["port"].Text() is not { } value || value == port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    static bool PeerMatches(JsonNode? peers, JsonNode? peer)
    {
        if (!peers.Items().Any())
        {
            return true;
        }

        return peers.Items().Any(item => peer is null
            ? item["ipBlock"] is not null
            : item["namespaceSelector"] is null && item["ipBlock"] is null && LabelSelector.Matches(item["podSelector"], peer));
    }
}
