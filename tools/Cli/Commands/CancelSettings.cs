using System.ComponentModel;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli.Commands;

public sealed class CancelSettings : GenerationIdSettings
{
    [CommandOption("--reason <TEXT>")]
    [Description("Why, recorded with the cancellation.")]
    public string? Reason { get; init; }
}
