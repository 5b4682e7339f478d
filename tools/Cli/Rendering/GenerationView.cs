using System.Globalization;
using GenerationGateway.Cli.Api;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace GenerationGateway.Cli.Rendering;

/// <summary>A generation for people: its status line, failure, usage and assets.</summary>
public static class GenerationView
{
    public static void Write(IAnsiConsole console, Generation generation)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(generation);
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow(new Text("id", Dim), new Text(generation.Id.ToString()));
        grid.AddRow(new Text("vendor", Dim), new Text($"{generation.Vendor} · {generation.Kind}"));
        grid.AddRow(new Text("status", Dim), Status(generation.Status, generation.Stage, generation.Progress, generation.Queue));
        if (generation.Failure is { } failure)
        {
            grid.AddRow(new Text("failure", Dim), new Text(Failure(failure), new Style(Color.Red)));
        }

        if (generation.Usage is { } usage && Usage(usage) is { Length: > 0 } spent)
        {
            grid.AddRow(new Text("usage", Dim), new Text(spent));
        }

        grid.AddRow(new Text("created", Dim), new Text(generation.CreatedAt.ToString("u", CultureInfo.InvariantCulture)));
        if (generation.CompletedAt is { } ended)
        {
            grid.AddRow(new Text("ended", Dim), new Text(ended.ToString("u", CultureInfo.InvariantCulture)));
        }

        console.Write(grid);
        if (generation.Assets.Count > 0)
        {
            console.Write(Assets(generation.Assets));
        }
    }

    public static Table Assets(IReadOnlyList<GenerationAsset> assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var table = new Table().Border(TableBorder.Rounded).Title("assets")
            .AddColumns("name", "role", "format", "size", "url");
        foreach (var asset in assets)
        {
            table.AddRow(
                new Text(asset.Name),
                new Text(asset.Role),
                new Text(asset.Format),
                new Text(Size(asset.SizeBytes)).RightJustified(),
                new Text(asset.Url.AbsoluteUri).Overflow(Overflow.Fold));
        }

        return table;
    }

    public static IRenderable Status(string status, string? stage, int progress, QueuePlace? queue)
    {
        var color = status switch
        {
            "completed" => Color.Green,
            "failed" => Color.Red,
            "cancelled" => Color.Yellow,
            _ => Color.Blue,
        };
        var place = queue is null ? "" : ", " + QueueText.Of(queue);
        var detail = status is "completed" or "failed" or "cancelled" ? "" : $" ({stage ?? "—"}{place}, {progress} %)";
        return new Text(status + detail, new Style(color));
    }

    public static string Failure(GenerationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var said = string.Join(" ", new[] { failure.VendorCode, failure.VendorMessage }.Where(part => !string.IsNullOrWhiteSpace(part)));
        var vendor = said.Length == 0 ? "" : ": " + said;
        return $"{failure.Reason}{vendor} ({(failure.Retryable ? "a retry could succeed" : "a retry would fail the same way")})";
    }

    public static string Usage(GenerationUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        var parts = new List<string>();
        if (usage.Credits is { } credits)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{credits} credits"));
        }

        if (usage.Cost is { } cost)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{cost} {usage.Currency}").TrimEnd());
        }

        return string.Join(", ", parts);
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB"),
    };

    static readonly Style Dim = new(Color.Grey);
}
