using System.Globalization;
using GenerationGateway.Cli.Api;
using Spectre.Console;

namespace GenerationGateway.Cli.Rendering;

/// <summary>A tenant's quota for people: each limit in force and the tenant's own value ("default" when it follows the configured one).</summary>
public static class QuotaView
{
    public static void Write(IAnsiConsole console, TenantQuota quota, bool json)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(quota);
        if (json)
        {
            JsonOutput.Write(console, quota);
            return;
        }

        console.MarkupLineInterpolated($"Quota of tenant [bold]{quota.TenantId}[/]");
        var own = quota.Override;
        var table = new Table().Border(TableBorder.Rounded).AddColumns("limit", "in force", "tenant's own");
        Row(table, "requestsPerSecond", quota.RequestsPerSecond, own.RequestsPerSecond);
        Row(table, "maxInFlight", quota.MaxInFlight, own.MaxInFlight);
        Row(table, "maxInFlightPerVendor", quota.MaxInFlightPerVendor, own.MaxInFlightPerVendor);
        Row(table, "fairShareWeight", quota.FairShareWeight, own.FairShareWeight);
        console.Write(table);

        var byVendor = quota.InFlightByVendor.Count == 0
            ? ""
            : $" ({string.Join(", ", quota.InFlightByVendor.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Key} {x.Value}")))})";
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"In flight now: {quota.InFlight}{byVendor}"));
    }

    static void Row(Table table, string limit, double inForce, double? own) =>
        table.AddRow(
            new Text(limit),
            new Text(inForce.ToString(CultureInfo.InvariantCulture)),
            own is { } value ? new Text(value.ToString(CultureInfo.InvariantCulture)) : new Text("default", new Style(Color.Grey)));
}
