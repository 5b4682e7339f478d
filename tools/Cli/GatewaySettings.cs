using System.ComponentModel;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli;

/// <summary>What every command takes: where the gateway is, the key, and the output format.</summary>
public class GatewaySettings : CommandSettings
{
    [CommandOption("--url <URL>")]
    [Description("The gateway's address. Default: $GATEWAY_URL, else " + GatewayEnvironment.DefaultUrl + " (the embedded default).")]
    public string? Url { get; init; }

    [CommandOption("--api-key <KEY>")]
    [Description("The API key (Bearer). Default: $GATEWAY_API_KEY.")]
    public string? ApiKey { get; init; }

    [CommandOption("-o|--output <FORMAT>")]
    [Description("text (tables, progress bars) or json (the API's JSON, for scripts).")]
    [DefaultValue(OutputFormat.Text)]
    public OutputFormat Output { get; init; }

    public bool Json => Output == OutputFormat.Json;
}
