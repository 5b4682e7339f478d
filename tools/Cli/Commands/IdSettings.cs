using System.ComponentModel;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli.Commands;

/// <summary>A command about one key or webhook endpoint, named by its id.</summary>
public sealed class IdSettings : GatewaySettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The id the list shows.")]
    public Guid Id { get; init; }
}
