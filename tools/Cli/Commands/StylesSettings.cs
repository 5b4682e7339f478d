using System.ComponentModel;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli.Commands;

public sealed class StylesSettings : GatewaySettings
{
    [CommandOption("--vendor <VENDOR>")]
    [Description("The vendor whose catalogue to show.")]
    [DefaultValue("portrait")]
    public string Vendor { get; init; } = "portrait";
}
