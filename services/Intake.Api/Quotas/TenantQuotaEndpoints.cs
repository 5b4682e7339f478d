using GenerationGateway.Intake.Api.Http;
using GenerationGateway.Intake.Api.Storage;
using GenerationGateway.VendorRules;

namespace GenerationGateway.Intake.Api.Quotas;

/// <summary><c>GET</c> and <c>PUT /v1/admin/tenants/{tenantId}/quota</c> (admin scope).</summary>
public static class TenantQuotaEndpoints
{
    public const string Route = "/v1/admin/tenants/{tenantId}/quota";

    /// <summary>A quota body is four numbers; anything much longer is not one.</summary>
    const long MaxBodyBytes = 4_096;

    public static async Task<IResult> GetAsync(string tenantId, TenantQuotas quotas, IIntakeStore store, CancellationToken cancellationToken)
    {
        if (TenantIdProblem(tenantId) is { } problem)
        {
            return problem;
        }

        return Results.Ok(await ViewAsync(tenantId, quotas, store, cancellationToken));
    }

    public static async Task<IResult> PutAsync(
        string tenantId, HttpRequest request, TenantQuotas quotas, ITenantQuotaStore quotaStore, IIntakeStore store,
        ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        if (TenantIdProblem(tenantId) is { } problem)
        {
            return problem;
        }

        if (!request.HasJsonContentType())
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The request body must be JSON.",
                detail: "Send the body as 'Content-Type: application/json'. Nothing was changed.",
                extensions: new Dictionary<string, object?> { ["field"] = "Content-Type" });
        }

        if (await BoundedBody.ReadAsync(request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The request body is too large.",
                detail: $"A quota body may hold at most {MaxBodyBytes} bytes. Nothing was changed.",
                extensions: new Dictionary<string, object?> { ["field"] = "body" });
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (TenantQuotaRequestReader.Read(body.Span, errors) is not { } quota)
        {
            return Results.ValidationProblem(errors);
        }

        await quotaStore.SetAsync(tenantId, quota, cancellationToken);
        loggerFactory.CreateLogger(typeof(TenantQuotaEndpoints)).LogInformation(
            "Quota of tenant {TenantId} set: {RequestsPerSecond} requests/s, {MaxInFlight} in flight, {MaxInFlightPerVendor} per vendor, fair-share weight {FairShareWeight}",
            tenantId, quota.RequestsPerSecond, quota.MaxInFlight, quota.MaxInFlightPerVendor, quota.FairShareWeight);
        return Results.Ok(await ViewAsync(tenantId, quotas, store, cancellationToken));
    }

    static async Task<TenantQuotaView> ViewAsync(string tenantId, TenantQuotas quotas, IIntakeStore store, CancellationToken cancellationToken)
    {
        var quota = await quotas.GetAsync(tenantId, cancellationToken);
        var inFlight = await store.CountInFlightAsync(tenantId, cancellationToken);
        return new TenantQuotaView(
            tenantId, quota.RequestsPerSecond, quota.MaxInFlight, quota.MaxInFlightPerVendor, quota.FairShareWeight, quota.Override,
            inFlight.Total, inFlight.ByVendor);
    }

    static IResult? TenantIdProblem(string tenantId) =>
        string.IsNullOrWhiteSpace(tenantId) || tenantId.Length > GenerationRequestRules.MaxTenantIdLength
            || TextRules.HasControlCharacter(tenantId, allowLineBreaks: false)
            ? Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["tenantId"] = [$"Give a tenant id of 1 to {GenerationRequestRules.MaxTenantIdLength} characters without control characters."],
            })
            : null;
}
