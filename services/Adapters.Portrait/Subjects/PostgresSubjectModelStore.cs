using Npgsql;

namespace GenerationGateway.Adapters.Portrait.Subjects;

/// <summary>The subject store in PostgreSQL: one row per (tenant, subject); the claim is one atomic upsert.</summary>
public sealed class PostgresSubjectModelStore(PortraitDatabase database) : ISubjectModelStore
{
    const string Table = SubjectModelMigrations.Table;

    const string Columns = "tenant_id, subject_reference, status, generation_id, training_task_id, user_id, updated_at";

    public async Task<SubjectModel?> FindAsync(SubjectKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = await CommandAsync($"SELECT {Columns} FROM {Table} WHERE tenant_id = @tenant AND subject_reference = @subject", key, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new SubjectModel
        {
            Key = new SubjectKey(reader.GetString(0), reader.GetString(1)),
            Status = Enum.Parse<SubjectModelStatus>(reader.GetString(2), ignoreCase: true),
            GenerationId = reader.GetGuid(3),
            TrainingTaskId = reader.IsDBNull(4) ? null : reader.GetString(4),
            UserId = reader.IsDBNull(5) ? null : reader.GetString(5),
            UpdatedAt = reader.GetFieldValue<DateTimeOffset>(6),
        };
    }

    public async Task<bool> TryClaimAsync(SubjectKey key, Guid generationId, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync($"""
            INSERT INTO {Table} AS m (tenant_id, subject_reference, status, generation_id, created_at, updated_at)
            VALUES (@tenant, @subject, 'claimed', @generation, @now, @now)
            ON CONFLICT (tenant_id, subject_reference) DO UPDATE
                SET status = 'claimed', generation_id = @generation, training_task_id = NULL, user_id = NULL, updated_at = @now
                WHERE m.status = 'failed'
                   OR (m.status = 'claimed' AND (m.generation_id = @generation OR m.updated_at < @stale))
            RETURNING 1
            """, key, cancellationToken);
        command.Parameters.AddWithValue("generation", generationId);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("stale", staleBefore.ToUniversalTime());
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task RecordTrainingAsync(SubjectKey key, Guid generationId, string trainingTaskId, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync($"""
            INSERT INTO {Table} AS m (tenant_id, subject_reference, status, generation_id, training_task_id, user_id, created_at, updated_at)
            VALUES (@tenant, @subject, 'training', @generation, @task, @user, @now, @now)
            ON CONFLICT (tenant_id, subject_reference) DO UPDATE
                SET status = 'training', generation_id = @generation, training_task_id = @task, user_id = @user, updated_at = @now
            """, key, cancellationToken);
        command.Parameters.AddWithValue("generation", generationId);
        command.Parameters.AddWithValue("task", trainingTaskId);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task MarkTrainedAsync(SubjectKey key, string trainingTaskId, DateTimeOffset now, CancellationToken cancellationToken) =>
        MarkAsync(key, trainingTaskId, "trained", now, cancellationToken);

    public Task MarkFailedAsync(SubjectKey key, string trainingTaskId, DateTimeOffset now, CancellationToken cancellationToken) =>
        MarkAsync(key, trainingTaskId, "failed", now, cancellationToken);

    async Task MarkAsync(SubjectKey key, string trainingTaskId, string status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(
            $"UPDATE {Table} SET status = @status, updated_at = @now WHERE tenant_id = @tenant AND subject_reference = @subject AND training_task_id = @task",
            key, cancellationToken);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.AddWithValue("task", trainingTaskId);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    async Task<NpgsqlCommand> CommandAsync(string sql, SubjectKey key, CancellationToken cancellationToken)
    {
        var command = await database.CommandAsync(sql, cancellationToken);
        command.Parameters.AddWithValue("tenant", key.TenantId);
        command.Parameters.AddWithValue("subject", key.SubjectReference);
        return command;
    }
}
