using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway styles</c>: a vendor's style catalogue; an id goes into <c>--option style=&lt;id&gt;</c>.</summary>
public sealed class StylesCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<StylesSettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, StylesSettings settings, CancellationToken cancellationToken)
    {
        var catalogue = await client.Api.StylesAsync(settings.Vendor, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(Console, catalogue);
            return ExitCodes.Completed;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(catalogue.Vendor).AddColumns("id", "name", "sex", "template");
        foreach (var style in catalogue.Styles)
        {
            table.AddRow(
                new Text(style.Id),
                new Text(style.Name ?? ""),
                new Text(style.Sex ?? ""),
                new Text(style.TemplateUrl?.AbsoluteUri ?? "").Overflow(Overflow.Fold));
        }

        Console.Write(table);
        return ExitCodes.Completed;
    }
}
