using System.Globalization;
using GenerationGateway.Results.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GenerationGateway.Results.Api.Usage;

/// <summary>
/// <c>GET /v1/usage?from=2026-01-01&amp;to=2026-01-31</c>: generations, vendor credits and cost per vendor and UTC day,
/// both dates included. Without dates: the last 30 days up to today.
/// </summary>
public static class UsageEndpoint
{
    public const int DefaultDays = 30;

    public static async Task<Results<Ok<UsageReport>, ValidationProblem>> HandleAsync(
        string? from, string? to, string? tenantId, IGenerationStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var end = ParseDate(to, "to", errors) ?? today;
        var start = ParseDate(from, "from", errors) ?? end.AddDays(1 - DefaultDays);
        if (errors.Count == 0 && start > end)
        {
            errors["from"] = ["Must not be after 'to'."];
        }
        else if (errors.Count == 0 && end.DayNumber - start.DayNumber + 1 > UsageQuery.MaxDays)
        {
            errors["to"] = [$"A range covers at most {UsageQuery.MaxDays} days."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = new UsageQuery { From = start, To = end, TenantId = tenantId };
        var lines = await store.UsageAsync(query, cancellationToken);
        return TypedResults.Ok(new UsageReport(start, end, tenantId, lines));
    }

    static DateOnly? ParseDate(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year >= 2000 && date.Year <= 9998)
        {
            return date;
        }

        errors[name] = ["Must be a date as yyyy-MM-dd (UTC), for example 2026-01-31."];
        return null;
    }
}
