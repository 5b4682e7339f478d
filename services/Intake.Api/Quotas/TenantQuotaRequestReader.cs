using System.Globalization;
using System.Text.Json;

namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>
/// Reads the body of <c>PUT /v1/admin/tenants/{tenantId}/quota</c>:
/// <c>{"requestsPerSecond":…,"maxInFlight":…,"maxInFlightPerVendor":…,"fairShareWeight":…}</c>. A field left out or null follows the
/// configured default; every bad field is named.
/// </summary>
public static class TenantQuotaRequestReader
{
    public const string RequestsPerSecondField = "requestsPerSecond";
    public const string MaxInFlightField = "maxInFlight";
    public const string MaxInFlightPerVendorField = "maxInFlightPerVendor";
    public const string FairShareWeightField = "fairShareWeight";

    const string Shape = "Send a JSON object: {\"requestsPerSecond\":…,\"maxInFlight\":…,\"maxInFlightPerVendor\":…,\"fairShareWeight\":…}.";

    public static TenantQuotaOverride? Read(ReadOnlySpan<byte> utf8Json, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray());
        }
        catch (JsonException)
        {
            errors["body"] = [Shape];
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors["body"] = [Shape];
                return null;
            }

            double? rate = null;
            int? maxInFlight = null;
            int? maxPerVendor = null;
            int? weight = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case RequestsPerSecondField:
                        rate = ReadRate(property.Value, errors);
                        break;
                    case MaxInFlightField:
                        maxInFlight = ReadSlots(property.Value, MaxInFlightField, errors);
                        break;
                    case MaxInFlightPerVendorField:
                        maxPerVendor = ReadSlots(property.Value, MaxInFlightPerVendorField, errors);
                        break;
                    case FairShareWeightField:
                        weight = ReadWhole(property.Value, FairShareWeightField, QuotaLimits.MinFairShareWeight, QuotaLimits.MaxFairShareWeight, errors);
                        break;
                    default:
                        errors[property.Name] = [$"Unknown field; use {RequestsPerSecondField}, {MaxInFlightField}, {MaxInFlightPerVendorField} or {FairShareWeightField}."];
                        break;
                }
            }

            return errors.Count > 0
                ? null
                : new TenantQuotaOverride
                {
                    RequestsPerSecond = rate, MaxInFlight = maxInFlight, MaxInFlightPerVendor = maxPerVendor, FairShareWeight = weight,
                };
        }
    }

    static double? ReadRate(JsonElement value, Dictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var rate)
            && rate >= QuotaLimits.MinRequestsPerSecond && rate <= QuotaLimits.MaxRequestsPerSecond)
        {
            return rate;
        }

        errors[RequestsPerSecondField] =
        [
            string.Create(CultureInfo.InvariantCulture, $"Must be a number from {QuotaLimits.MinRequestsPerSecond} to {QuotaLimits.MaxRequestsPerSecond}, or null for the default."),
        ];
        return null;
    }

    static int? ReadSlots(JsonElement value, string field, Dictionary<string, string[]> errors) =>
        ReadWhole(value, field, 1, QuotaLimits.MaxSlots, errors);

    static int? ReadWhole(JsonElement value, string field, int min, int max, Dictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors[field] = [string.Create(CultureInfo.InvariantCulture, $"Must be a whole number from {min} to {max}, or null for the default.")];
        return null;
    }
}
