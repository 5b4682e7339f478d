using System.Text.Json.Nodes;
using GenerationGateway.TestSupport.Infrastructure;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>Results as a client sees it (<c>GET /v1/generations/{id}</c>, polled to a deadline) and the rows its database holds.</summary>
public sealed class GenerationResults(HttpClient client, PostgresDatabase database)
{
    /// <summary>Polls until the generation reaches <paramref name="status"/>.</summary>
    public async Task WaitForStatusAsync(Guid generationId, string status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        string? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = (await GetAsync(generationId))?["status"]?.GetValue<string>() ?? last;
            if (last == status)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Generation {generationId} never reached {status}; last seen: {last ?? "(not recorded)"}.");
    }

    /// <summary>Polls until the generation reaches a terminal status; on timeout the exception carries <paramref name="diagnostics"/>.</summary>
    public async Task<JsonObject> WaitForTerminalAsync(Guid generationId, TimeSpan timeout, Func<string> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var deadline = DateTime.UtcNow + timeout;
        JsonObject? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await GetAsync(generationId) ?? last;
            if (last?["status"]?.GetValue<string>() is "completed" or "failed" or "cancelled")
            {
                return last;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Generation {generationId} did not end in time; last seen: {last?.ToJsonString() ?? "(nothing)"}\n{diagnostics()}");
    }

    /// <summary>Rows results holds for a generation: (generations rows, completed rows, asset rows).</summary>
    public async Task<(long Rows, long Completed, long Assets)> RowsAsync(Guid generationId) =>
        (await database.ScalarAsync<long>($"SELECT count(*) FROM results.generations WHERE id = '{generationId}'"),
         await database.ScalarAsync<long>($"SELECT count(*) FROM results.generations WHERE id = '{generationId}' AND status = 'completed'"),
         await database.ScalarAsync<long>($"SELECT count(*) FROM results.generation_assets WHERE generation_id = '{generationId}'"));

    async Task<JsonObject?> GetAsync(Guid generationId)
    {
        using var response = await client.GetAsync(new Uri($"v1/generations/{generationId}", UriKind.Relative));
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject : null;
    }
}
