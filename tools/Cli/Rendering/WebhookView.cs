using System.Globalization;
using GenerationGateway.Cli.Api;
using Spectre.Console;

namespace GenerationGateway.Cli.Rendering;

/// <summary>Webhook endpoints for people.</summary>
public static class WebhookView
{
    public static Table Endpoints(IEnumerable<WebhookEndpoint> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var table = new Table().Border(TableBorder.Rounded).AddColumns("id", "url", "events", "state", "created");
        foreach (var endpoint in endpoints)
        {
            table.AddRow(
                new Text(endpoint.Id.ToString()),
                new Text(endpoint.Url.AbsoluteUri).Overflow(Overflow.Fold),
                new Text(string.Join(", ", endpoint.Events)),
                endpoint.Enabled ? new Text("enabled", new Style(Color.Green)) : new Text("disabled", new Style(Color.Red)),
                new Text(endpoint.CreatedAt.ToString("u", CultureInfo.InvariantCulture)));
        }

        return table;
    }

    /// <summary>A create's or rotation's answer: the endpoint and its secret, shown this once.</summary>
    public static void WriteSecret(IAnsiConsole console, WebhookSecretAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(answer);
        console.Write(Endpoints([answer.Endpoint]));
        console.MarkupLine("Signing secret, shown this once:");
        console.Profile.Out.Writer.WriteLine(answer.Secret);
        if (answer.Endpoint.PreviousSecretExpiresAt is { } expires)
        {
            console.MarkupLineInterpolated($"[grey]The previous secret signs too until {expires.ToString("u", CultureInfo.InvariantCulture)}.[/]");
        }
    }
}
