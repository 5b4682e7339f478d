using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli.Commands;

public sealed class WebhooksCreateSettings : GatewaySettings
{
    [CommandOption("--endpoint <URL>")]
    [Description("Where the gateway POSTs the signed events (https).")]
    public string? EndpointUrl { get; init; }

    [CommandOption("--event <EVENT>")]
    [Description("generation.accepted, .progressed, .completed, .failed, .cancelled; repeat for several. Default: all five.")]
    public string[] Events { get; init; } = [];

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(EndpointUrl) ? ValidationResult.Error("--endpoint is required: the URL the gateway POSTs events to.") : ValidationResult.Success();
}
