using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli.Commands;

public sealed class ListSettings : GatewaySettings
{
    [CommandOption("--status <STATUS>")]
    [Description("Only generations in this status (requested, accepted, processing, completed, failed, cancelled, …).")]
    public string? Status { get; init; }

    [CommandOption("--vendor <VENDOR>")]
    [Description("Only this vendor's generations.")]
    public string? Vendor { get; init; }

    [CommandOption("--page <N>")]
    [DefaultValue(1)]
    public int Page { get; init; }

    [CommandOption("--page-size <N>")]
    [DefaultValue(20)]
    public int PageSize { get; init; }

    public override ValidationResult Validate() =>
        Page < 1 ? ValidationResult.Error("--page must be 1 or more.")
        : PageSize is < 1 or > 100 ? ValidationResult.Error("--page-size must be from 1 to 100.")
        : ValidationResult.Success();
}
