namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>Which of a tenant's limits refused a request (its wire name is the quota field's name).</summary>
public enum QuotaLimit
{
    RequestsPerSecond,
    MaxInFlight,
    MaxInFlightPerVendor,
}
