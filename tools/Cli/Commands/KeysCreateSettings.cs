using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli.Commands;

public sealed class KeysCreateSettings : GatewaySettings
{
    [CommandOption("--tenant <TENANT>")]
    [Description("The tenant the key acts for.")]
    public string? Tenant { get; init; }

    [CommandOption("--name <NAME>")]
    [Description("What the key is for.")]
    [DefaultValue("cli")]
    public string Name { get; init; } = "cli";

    [CommandOption("--scope <SCOPE>")]
    [Description("generations:write, generations:read or admin; repeat for several. Default: generations:write and generations:read.")]
    public string[] Scopes { get; init; } = [];

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Tenant) ? ValidationResult.Error("--tenant is required.") : ValidationResult.Success();
}
