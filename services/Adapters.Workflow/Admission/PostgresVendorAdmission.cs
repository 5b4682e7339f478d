using Npgsql;

namespace GenerationGateway.Adapters.Workflow.Admission;

/// <summary>
/// Admission every replica shares through the adapter's database. Each acquire and release runs in one transaction that first
/// locks the vendor's row, so two replicas never grant the same free slot; a slot belongs to a generation, never to a process.
/// </summary>
public sealed class PostgresVendorAdmission(VendorAdmissionDatabase database, TimeProvider clock) : IVendorAdmission
{
    const string LockVendor = """
        INSERT INTO vendor_admission_vendors (vendor) VALUES (@p1)
        ON CONFLICT (vendor) DO UPDATE SET vendor = EXCLUDED.vendor
        RETURNING virtual_time, mean_slot_seconds
        """;

    const string Enqueue = """
        INSERT INTO vendor_admission (generation_id, vendor, tenant_id, weight, state, enqueued_at, deadline)
        VALUES (@p1, @p2, @p3, @p4, 'queued', @p5, @p6) ON CONFLICT (generation_id) DO NOTHING
        """;

    const string Running = "SELECT count(*)::int FROM vendor_admission WHERE vendor = @p1 AND state = 'running'";

    const string Backlog = """
        SELECT q.tenant_id, max(q.weight), coalesce(t.finish, 0), count(*)::int, min(q.enqueued_at),
               (array_agg(q.generation_id ORDER BY q.enqueued_at, q.generation_id))[1]
        FROM vendor_admission q
        LEFT JOIN vendor_admission_tenants t ON t.vendor = q.vendor AND t.tenant_id = q.tenant_id
        WHERE q.vendor = @p1 AND q.state = 'queued' AND q.deadline > @p2
        GROUP BY q.tenant_id, t.finish
        """;

    const string Grant = """
        UPDATE vendor_admission SET state = 'running', granted_at = @p2 WHERE generation_id = @p1;
        INSERT INTO vendor_admission_tenants (vendor, tenant_id, finish) VALUES (@p3, @p4, @p5)
        ON CONFLICT (vendor, tenant_id) DO UPDATE SET finish = EXCLUDED.finish;
        UPDATE vendor_admission_vendors SET virtual_time = @p6 WHERE vendor = @p3;
        """;

    const string Own = "SELECT state, enqueued_at, tenant_id FROM vendor_admission WHERE generation_id = @p1";

    const string Rank = """
        SELECT count(*)::int + 1 FROM vendor_admission
        WHERE vendor = @p1 AND tenant_id = @p2 AND state = 'queued' AND deadline > @p3 AND (enqueued_at, generation_id) < (@p4, @p5)
        """;

    const string Remove = "DELETE FROM vendor_admission WHERE generation_id = @p1 AND vendor = @p2 RETURNING granted_at";

    const string Measure = """
        UPDATE vendor_admission_vendors
        SET mean_slot_seconds = CASE WHEN mean_slot_seconds IS NULL THEN @p2 ELSE mean_slot_seconds * 0.8 + @p2 * 0.2 END
        WHERE vendor = @p1
        """;

    public async Task<AdmissionDecision> AcquireAsync(AdmissionTicket ticket, CapacityPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(policy);
        await database.Schema.EnsureCreatedAsync(cancellationToken);
        await using var connection = await database.Schema.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var vendor = await LockAsync(connection, ticket.Vendor, cancellationToken);
        await ExecuteAsync(connection, Enqueue, cancellationToken,
            ticket.GenerationId, ticket.Vendor, ticket.TenantId, Math.Max(1, ticket.Weight), now, ticket.Deadline.ToUniversalTime());
        var granted = await PumpAsync(connection, ticket.Vendor, policy, now, vendor.VirtualTime, cancellationToken);

        AdmissionDecision decision;
        var own = await OwnAsync(connection, ticket.GenerationId, cancellationToken);
        if (own.State == "running")
        {
            decision = new AdmissionDecision { IsGranted = true, Granted = [.. granted.Where(id => id != ticket.GenerationId)] };
        }
        else
        {
            var rank = await ScalarAsync<int>(connection, Rank, cancellationToken, ticket.Vendor, own.TenantId, now, own.EnqueuedAt, ticket.GenerationId);
            var backlog = await BacklogAsync(connection, ticket.Vendor, now, cancellationToken);
            var virtualTime = await ScalarAsync<double>(connection, "SELECT virtual_time FROM vendor_admission_vendors WHERE vendor = @p1", cancellationToken, ticket.Vendor);
            var position = FairShare.Position(backlog, own.TenantId, rank, virtualTime);
            var mean = vendor.MeanSlotSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : policy.TypicalJobDuration;
            decision = new AdmissionDecision
            {
                IsGranted = false,
                Position = position,
                Estimate = FairShare.Estimate(position, policy.MaxConcurrentJobs, mean),
                Granted = granted,
            };
        }

        await transaction.CommitAsync(cancellationToken);
        return decision;
    }

    public async Task<IReadOnlyList<Guid>> ReleaseAsync(
        string vendor, Guid generationId, CapacityPolicy policy, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        await database.Schema.EnsureCreatedAsync(cancellationToken);
        if (transaction is not null)
        {
            // The ending saga's transaction: the vendor's row stays locked until that commit, a few statements later.
            return await ReleaseAsync(transaction.Connection!, vendor, generationId, policy, cancellationToken);
        }

        await using var connection = await database.Schema.DataSource.OpenConnectionAsync(cancellationToken);
        await using var own = await connection.BeginTransactionAsync(cancellationToken);
        var granted = await ReleaseAsync(connection, vendor, generationId, policy, cancellationToken);
        await own.CommitAsync(cancellationToken);
        return granted;
    }

    async Task<IReadOnlyList<Guid>> ReleaseAsync(
        NpgsqlConnection connection, string vendor, Guid generationId, CapacityPolicy policy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var state = await LockAsync(connection, vendor, cancellationToken);
        await using (var remove = Command(connection, Remove, generationId, vendor))
        {
            if (await remove.ExecuteScalarAsync(cancellationToken) is DateTime grantedAt)
            {
                var held = now - new DateTimeOffset(DateTime.SpecifyKind(grantedAt, DateTimeKind.Utc));
                await ExecuteAsync(connection, Measure, cancellationToken, vendor, Math.Max(0, held.TotalSeconds));
            }
        }

        return await PumpAsync(connection, vendor, policy, now, state.VirtualTime, cancellationToken);
    }

    /// <summary>Grants free slots, one tenant at a time by the fair share, to queued jobs whose deadline has not passed.</summary>
    static async Task<IReadOnlyList<Guid>> PumpAsync(
        NpgsqlConnection connection, string vendor, CapacityPolicy policy, DateTimeOffset now, double virtualTime, CancellationToken cancellationToken)
    {
        var granted = new List<Guid>();
        var running = await ScalarAsync<int>(connection, Running, cancellationToken, vendor);
        while (running < policy.MaxConcurrentJobs
            && FairShare.Pick(await BacklogAsync(connection, vendor, now, cancellationToken), virtualTime) is { } tenant)
        {
            (var finish, virtualTime) = FairShare.Charge(tenant, virtualTime);
            await ExecuteAsync(connection, Grant, cancellationToken, tenant.OldestGenerationId, now, vendor, tenant.TenantId, finish, virtualTime);
            granted.Add(tenant.OldestGenerationId);
            running++;
        }

        return granted;
    }

    static async Task<(double VirtualTime, double? MeanSlotSeconds)> LockAsync(NpgsqlConnection connection, string vendor, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, LockVendor, vendor);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetDouble(0), reader.IsDBNull(1) ? null : reader.GetDouble(1));
    }

    static async Task<List<TenantBacklog>> BacklogAsync(NpgsqlConnection connection, string vendor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var backlog = new List<TenantBacklog>();
        await using var command = Command(connection, Backlog, vendor, now);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            backlog.Add(new TenantBacklog(reader.GetString(0), reader.GetInt32(1), reader.GetDouble(2), reader.GetInt32(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetGuid(5)));
        }

        return backlog;
    }

    static async Task<(string State, DateTimeOffset EnqueuedAt, string TenantId)> OwnAsync(NpgsqlConnection connection, Guid generationId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, Own, generationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2));
    }

    static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = Command(connection, sql, values);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = Command(connection, sql, values);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"p{i + 1}", values[i]);
        }

        return command;
    }
}
