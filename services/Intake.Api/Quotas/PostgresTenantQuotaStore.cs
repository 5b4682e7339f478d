using GenerationGateway.Intake.Api.Storage;
using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>Quota overrides in intake's database (<c>intake_tenant_quotas</c>), read on every request so every replica sees a change at once.</summary>
public sealed class PostgresTenantQuotaStore(IntakeDatabase database, TimeProvider timeProvider) : ITenantQuotaStore
{
    public async Task<TenantQuotaOverride> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT requests_per_second, max_in_flight, max_in_flight_per_vendor, fair_share_weight FROM intake_tenant_quotas WHERE tenant_id = @tenant");
        command.Parameters.AddWithValue("tenant", tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return TenantQuotaOverride.None;
        }

        return new TenantQuotaOverride
        {
            RequestsPerSecond = reader.IsDBNull(0) ? null : reader.GetDouble(0),
            MaxInFlight = reader.IsDBNull(1) ? null : reader.GetInt32(1),
            MaxInFlightPerVendor = reader.IsDBNull(2) ? null : reader.GetInt32(2),
            FairShareWeight = reader.IsDBNull(3) ? null : reader.GetInt32(3),
        };
    }

    public async Task SetAsync(string tenantId, TenantQuotaOverride quota, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quota);
        await using var command = database.DataSource.CreateCommand("""
            INSERT INTO intake_tenant_quotas (tenant_id, requests_per_second, max_in_flight, max_in_flight_per_vendor, fair_share_weight, updated_at)
            VALUES (@tenant, @rps, @max, @maxVendor, @weight, @now)
            ON CONFLICT (tenant_id) DO UPDATE SET
                requests_per_second = EXCLUDED.requests_per_second,
                max_in_flight = EXCLUDED.max_in_flight,
                max_in_flight_per_vendor = EXCLUDED.max_in_flight_per_vendor,
                fair_share_weight = EXCLUDED.fair_share_weight,
                updated_at = EXCLUDED.updated_at
            """);
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.Add(new NpgsqlParameter("rps", NpgsqlDbType.Double) { Value = (object?)quota.RequestsPerSecond ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("max", NpgsqlDbType.Integer) { Value = (object?)quota.MaxInFlight ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("maxVendor", NpgsqlDbType.Integer) { Value = (object?)quota.MaxInFlightPerVendor ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("weight", NpgsqlDbType.Integer) { Value = (object?)quota.FairShareWeight ?? DBNull.Value });
        command.Parameters.AddWithValue("now", timeProvider.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
