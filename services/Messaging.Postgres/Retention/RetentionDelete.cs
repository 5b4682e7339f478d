using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Retention;

/// <summary>Deletes the rows a query selects a chunk at a time, so a large backlog never holds long locks.</summary>
public static class RetentionDelete
{
    public const int Chunk = 1_000;

    /// <summary>
    /// Deletes from <paramref name="table"/> the rows <c>SELECT ctid FROM {table} WHERE {where}</c> returns, <see cref="Chunk"/> at a
    /// time; <paramref name="parameters"/> are created fresh for each chunk.
    /// </summary>
    public static async Task<long> InChunksAsync(
        NpgsqlDataSource dataSource,
        string table,
        string where,
        Func<IEnumerable<NpgsqlParameter>> parameters,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(parameters);
        long total = 0;
        int deleted;
        do
        {
            await using var command = dataSource.CreateCommand(
                $"DELETE FROM {table} WHERE ctid = ANY(ARRAY(SELECT ctid FROM {table} WHERE {where} LIMIT {Chunk}))");
            foreach (var parameter in parameters())
            {
                command.Parameters.Add(parameter);
            }
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == Chunk && !cancellationToken.IsCancellationRequested);

        return total;
    }
}
