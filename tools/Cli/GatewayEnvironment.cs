namespace GenerationGateway.Cli;

/// <summary>The environment variables <c>gateway</c> reads: <c>GATEWAY_URL</c> and <c>GATEWAY_API_KEY</c>.</summary>
public sealed class GatewayEnvironment(Func<string, string?> read)
{
    public const string UrlVariable = "GATEWAY_URL";
    public const string ApiKeyVariable = "GATEWAY_API_KEY";

    /// <summary>The embedded default's address (<c>dotnet run --project services/Standalone</c>).</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public string? Url => Value(UrlVariable);

    public string? ApiKey => Value(ApiKeyVariable);

    public static GatewayEnvironment FromProcess() => new(Environment.GetEnvironmentVariable);

    string? Value(string name) => read(name) is { Length: > 0 } value ? value.Trim() : null;
}
