namespace GenerationGateway.Egress;

/// <summary>An allow-listed host, with the one port it is allowed on or any port.</summary>
public readonly record struct EgressHost(string Host, int? Port)
{
    /// <summary>Reads <c>host</c>, <c>host:port</c> or <c>[v6]:port</c>.</summary>
    public static bool TryParse(string? value, out EgressHost host)
    {
        host = default;
        if (string.IsNullOrWhiteSpace(value) || value.Contains('/', StringComparison.Ordinal) || value.Contains('@', StringComparison.Ordinal)
            || !Uri.TryCreate("http://" + value.Trim(), UriKind.Absolute, out var uri) || uri.PathAndQuery != "/")
        {
            return false;
        }

        var explicitPort = value.Trim().EndsWith($":{uri.Port}", StringComparison.Ordinal);
        host = new EgressHost(uri.IdnHost.Trim('[', ']'), explicitPort ? uri.Port : null);
        return true;
    }

    /// <summary>Whether a connection to <paramref name="host"/> on <paramref name="port"/> is this entry.</summary>
    public bool Matches(string host, int port) =>
        string.Equals(Host, host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase) && (Port is null || Port == port);
}
