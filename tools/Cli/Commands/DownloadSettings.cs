using System.ComponentModel;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli.Commands;

public sealed class DownloadSettings : GenerationIdSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Where the assets go. Default: a folder named after the generation's id in the current directory.")]
    public string? Out { get; init; }
}
