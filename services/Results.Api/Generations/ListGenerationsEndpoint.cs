using System.Globalization;
using GenerationGateway.Results.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GenerationGateway.Results.Api.Generations;

/// <summary><c>GET /v1/generations?status=&amp;vendor=&amp;tenantId=&amp;page=1&amp;pageSize=20</c>, newest first.</summary>
public static class ListGenerationsEndpoint
{
    public static async Task<Results<Ok<GenerationPage>, ValidationProblem>> HandleAsync(
        string? status, string? vendor, string? tenantId, string? page, string? pageSize,
        IGenerationStore store, CancellationToken cancellationToken)
    {
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
            TenantId = string.IsNullOrEmpty(tenantId) ? null : tenantId,
            Page = pageNumber,
            PageSize = size,
        };
        return TypedResults.Ok(await store.ListAsync(query, cancellationToken));
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
