using System.Globalization;
using System.Security.Claims;
using GenerationGateway.Identity;
using GenerationGateway.Results.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

using GenerationGateway.ServiceDefaults;

namespace GenerationGateway.Results.Api.Generations;

/// <summary>
/// <c>GET /v1/generations?status=&amp;vendor=&amp;page=1&amp;pageSize=20</c>, newest first: the key's tenant's generations only
/// (a <c>tenantId</c> naming another tenant answers 403).
/// </summary>
public static class ListGenerationsEndpoint
{
    public static async Task<Results<Ok<GenerationPage>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? status, string? vendor, string? tenantId, string? page, string? pageSize,
        ClaimsPrincipal user, IGenerationStore store, TenantView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var callerTenant = user.TenantId();
        if (!string.IsNullOrEmpty(tenantId) && !string.Equals(tenantId, callerTenant, StringComparison.Ordinal))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "The query names another tenant.",
                detail: "A key lists its own tenant's generations: leave tenantId out or give the key's own.",
                extensions: new Dictionary<string, object?> { ["field"] = "tenantId" });
        }

        var errors = new Dictionary<string, string[]>();
        GenerationStatus? statusFilter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (WireNames.TryParse<GenerationStatus>(status, out var parsed))
            {
                statusFilter = parsed;
            }
            else
            {
                var known = string.Join(", ", Enum.GetValues<GenerationStatus>().Select(WireNames.Of));
                errors["status"] = [$"'{status}' is not a status; use one of {known}."];
            }
        }

        var pageNumber = ParseInRange(page, "page", 1, 1, int.MaxValue, errors);
        var size = ParseInRange(pageSize, "pageSize", GenerationQuery.DefaultPageSize, 1, GenerationQuery.MaxPageSize, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = new GenerationQuery
        {
            Status = statusFilter,
            Vendor = string.IsNullOrEmpty(vendor) ? null : vendor,
            TenantId = callerTenant,
            Page = pageNumber,
            PageSize = size,
        };
        return TypedResults.Ok(view.Of(await store.ListAsync(query, cancellationToken)));
    }

    static int ParseInRange(string? value, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors[name] = [$"{name} must be a whole number from {min} to {max}."];
        return fallback;
    }
}
