using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli.Commands;

/// <summary>A command about one tenant's quota (an admin key).</summary>
public class QuotaSettings : GatewaySettings
{
    [CommandOption("--tenant <TENANT>")]
    [Description("The tenant whose quota it is.")]
    public string? Tenant { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Tenant) ? ValidationResult.Error("--tenant is required.") : ValidationResult.Success();
}
