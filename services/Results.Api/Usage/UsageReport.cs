namespace GenerationGateway.Results.Api.Usage;

/// <summary>The answer of <c>GET /v1/usage</c>: the range, whose tenants (null: every tenant), and one line per day, tenant and vendor.</summary>
public sealed record UsageReport(DateOnly From, DateOnly To, string? TenantId, IReadOnlyList<UsageLine> Lines);
