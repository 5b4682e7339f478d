using System.Text.Json;
using System.Text.Json.Nodes;
using Refit;
using Spectre.Console;

namespace GenerationGateway.Cli.Rendering;

/// <summary>
/// An error answer of the gateway (RFC 9457 problem details) for people: status and title, each bad field with its
/// messages, the detail, and any other member (<c>field</c>, <c>limit</c>, …). With <c>--output json</c> the problem as sent.
/// </summary>
public static class ProblemView
{
    static readonly HashSet<string> Shown = new(StringComparer.Ordinal) { "type", "title", "status", "detail", "errors", "traceId", "instance" };

    public static void Write(IAnsiConsole console, ApiException exception, bool json)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(exception);
        var problem = Parse(exception.Content);
        if (json)
        {
            JsonOutput.Write(console, problem ?? new JsonObject { ["status"] = (int)exception.StatusCode, ["title"] = exception.ReasonPhrase, ["detail"] = exception.Content });
            return;
        }

        var title = problem?["title"]?.GetValue<string>() ?? exception.ReasonPhrase ?? "The gateway refused the request.";
        console.MarkupLineInterpolated($"[red]✗ {(int)exception.StatusCode}[/] [bold]{title}[/]");
        if (problem?["errors"] is JsonObject errors && errors.Count > 0)
        {
            var table = new Table().Border(TableBorder.None).HideHeaders().AddColumns("field", "problem");
            foreach (var (field, messages) in errors)
            {
                var text = messages is JsonArray list ? string.Join(Environment.NewLine, list.Select(item => item?.ToString())) : messages?.ToString();
                table.AddRow(new Text(field, new Style(Color.Yellow)), new Text(text ?? ""));
            }

            console.Write(table);
        }

        if (problem?["detail"]?.ToString() is { Length: > 0 } detail)
        {
            console.WriteLine(detail);
        }
        else if (problem is null && exception.Content is { Length: > 0 } body)
        {
            console.WriteLine(body);
        }

        foreach (var (name, value) in problem ?? [])
        {
            if (!Shown.Contains(name) && value is not null)
            {
                console.MarkupLineInterpolated($"[grey]{name}:[/] {value.ToString()}");
            }
        }
    }

    static JsonObject? Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(content) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
