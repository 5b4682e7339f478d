using System.Globalization;
using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway list</c>: one page of the tenant's generations, newest first.</summary>
public sealed class ListCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<ListSettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, ListSettings settings, CancellationToken cancellationToken)
    {
        var page = await client.Api.ListAsync(settings.Status, settings.Vendor, settings.Page, settings.PageSize, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(Console, page);
            return ExitCodes.Completed;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("id").NoWrap()).AddColumns("vendor", "kind", "status", "assets", "created");
        foreach (var generation in page.Items)
        {
            table.AddRow(
                new Text(generation.Id.ToString()),
                new Text(generation.Vendor),
                new Text(generation.Kind ?? ""),
                GenerationView.Status(generation.Status, generation.Stage, generation.Progress, generation.Queue),
                new Text(generation.Assets.Count.ToString(CultureInfo.InvariantCulture)).RightJustified(),
                new Text(generation.CreatedAt.ToString("u", CultureInfo.InvariantCulture)));
        }

        Console.Write(table);
        var pages = Math.Max(1, (page.TotalCount + page.PageSize - 1) / Math.Max(1, page.PageSize));
        Console.MarkupLineInterpolated($"[grey]page {page.Page} of {pages} · {page.TotalCount} generations[/]");
        return ExitCodes.Completed;
    }
}
