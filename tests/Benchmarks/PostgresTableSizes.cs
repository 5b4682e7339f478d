using System.Globalization;
using System.Text;
using Npgsql;

namespace GenerationGateway.Benchmarks;

/// <summary>Rows and on-disk size (with indexes and TOAST) of every table in the benchmark's database.</summary>
public sealed record PostgresTableSizes(IReadOnlyList<(string Table, long Rows, long Bytes)> Tables)
{
    public static async Task<PostgresTableSizes> ReadAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var names = new List<string>();
        await using (var list = dataSource.CreateCommand("SELECT relname FROM pg_stat_user_tables ORDER BY relname"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new List<(string, long, long)>();
        foreach (var name in names)
        {
            // Names come from the catalogue, quoted as identifiers.
            await using var command = dataSource.CreateCommand(
                $"SELECT count(*), pg_total_relation_size('\"{name}\"') FROM \"{name}\"");
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            tables.Add((name, reader.GetInt64(0), reader.GetInt64(1)));
        }

        return new PostgresTableSizes(tables);
    }

    public long RowsOf(string table) => Tables.FirstOrDefault(t => t.Table == table).Rows;

    /// <summary>Rows, size and, against <see cref="Earlier"/>, rows added per second of every table.</summary>
    public PostgresTableSizes? Earlier { get; init; }

    public TimeSpan SinceEarlier { get; init; }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (table, rows, bytes) in Tables)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {table,-36} {rows,9} rows {bytes / 1024.0,10:F0} KiB");
            if (Earlier is not null && SinceEarlier > TimeSpan.Zero)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {(rows - Earlier.RowsOf(table)) / SinceEarlier.TotalSeconds,8:+0.0;-0.0;0.0} rows/s over the window");
            }

            text.AppendLine();
        }

        return text.ToString().TrimEnd();
    }
}
