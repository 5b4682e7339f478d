using System.Globalization;
using System.Security.Claims;
using GenerationGateway.Identity;
using GenerationGateway.Results.Api.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GenerationGateway.Results.Api.Usage;

/// <summary>
/// <c>GET /v1/usage?from=2026-01-01&amp;to=2026-01-31</c>: generations, vendor credits and cost per vendor and UTC day,
/// both dates included. Without dates: the last 30 days up to today. A tenant's key (<c>generations:read</c>) sees its own
/// tenant; an admin key every tenant, or the one <c>tenantId</c> names.
/// </summary>
public static class UsageEndpoint
{
    public const int DefaultDays = 30;

    /// <summary>Who may ask: a tenant's key with <c>generations:read</c>, or an admin key (which may have no tenant).</summary>
    public static void Policy(AuthorizationPolicyBuilder policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.RequireAuthenticatedUser().RequireAssertion(context =>
            context.User.IsAdmin() || (context.User.HasScope(GatewayScopes.GenerationsRead) && context.User.HasTenant()));
    }

    public static async Task<Results<Ok<UsageReport>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? from, string? to, string? tenantId, ClaimsPrincipal user, IGenerationStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        if (string.IsNullOrEmpty(tenantId))
        {
            tenantId = user.IsAdmin() ? null : user.TenantId();
        }
        else if (!user.IsAdmin() && !string.Equals(tenantId, user.TenantId(), StringComparison.Ordinal))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "The query names another tenant.",
                detail: "A tenant's key sees its own tenant's usage: leave tenantId out or give the key's own.",
                extensions: new Dictionary<string, object?> { ["field"] = "tenantId" });
        }

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
