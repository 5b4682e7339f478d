using System.ComponentModel;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli.Commands;

/// <summary>A command about one generation: <c>gateway get &lt;id&gt;</c>.</summary>
public class GenerationIdSettings : GatewaySettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The generation's id (the generationId a submit answered).")]
    public Guid Id { get; init; }
}
