using System.ComponentModel;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli.Commands;

public sealed class KeysListSettings : GatewaySettings
{
    [CommandOption("--tenant <TENANT>")]
    [Description("Only this tenant's keys.")]
    public string? Tenant { get; init; }
}
