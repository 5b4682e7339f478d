namespace GenerationGateway.Cli.Api;

/// <summary>Makes the client a command talks through: <c>--url</c>/<c>--api-key</c>, else <c>GATEWAY_URL</c>/<c>GATEWAY_API_KEY</c>.</summary>
public sealed class GatewayClientFactory(GatewayEnvironment environment)
{
    public GatewayClient Create(GatewaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var text = settings.Url ?? environment.Url ?? GatewayEnvironment.DefaultUrl;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"The gateway URL '{text}' is not an absolute http or https URL (--url or {GatewayEnvironment.UrlVariable}).");
        }

        var key = settings.ApiKey ?? environment.ApiKey
            ?? throw new UsageException(
                $"No API key: set {GatewayEnvironment.ApiKeyVariable} or pass --api-key (an admin key makes one: gateway keys create --tenant <tenant>).");
        return new GatewayClient(url, key);
    }
}
