namespace GenerationGateway.Results.Api.Usage;

/// <summary>One group of generations of a day, tenant, vendor and cost currency, as the stores count them.</summary>
public sealed record UsageRow(DateOnly Date, string? TenantId, string Vendor, string? Currency, long Generations, long Completed, decimal? Credits, decimal? Cost)
{
    /// <summary>Folds the currency groups of each day, tenant and vendor into one line, in date, tenant, vendor order.</summary>
    public static IReadOnlyList<UsageLine> ToLines(IEnumerable<UsageRow> rows) =>
        [.. rows
            .GroupBy(x => (x.Date, x.TenantId, x.Vendor))
            .OrderBy(x => x.Key.Date).ThenBy(x => x.Key.TenantId, StringComparer.Ordinal).ThenBy(x => x.Key.Vendor, StringComparer.Ordinal)
            .Select(x => new UsageLine
            {
                Date = x.Key.Date,
                TenantId = x.Key.TenantId,
                Vendor = x.Key.Vendor,
                Generations = x.Sum(r => r.Generations),
                Completed = x.Sum(r => r.Completed),
                Credits = x.Any(r => r.Credits is not null) ? x.Sum(r => r.Credits ?? 0) : null,
                Cost = x.Where(r => r.Cost is not null)
                    .GroupBy(r => r.Currency ?? UsageLine.UnspecifiedCurrency, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Sum(r => r.Cost!.Value), StringComparer.Ordinal),
            })];
}
