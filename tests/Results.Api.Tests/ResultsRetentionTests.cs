using GenerationGateway.Messaging.Postgres.Retention;
using GenerationGateway.Results.Api.Storage;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>The event feed and the inbox are trimmed to their retention; newer rows and the generations stay.</summary>
public sealed class ResultsRetentionTests
{
    [Fact]
    public async Task A_pass_removes_feed_events_and_inbox_rows_older_than_their_retention_only()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await database.MigrateAsync();
        var generation = Guid.NewGuid();
        await database.ExecuteAsync($"""
            INSERT INTO results.generation_events (generation_id, status, stage, progress, occurred_at) VALUES
                ('{generation}', 'accepted', NULL, 0, now() - interval '5 days'),
                ('{generation}', 'completed', NULL, 100, now() - interval '1 hour');
            INSERT INTO results.inbox (message_id, generation_id, processed_at) VALUES
                (gen_random_uuid(), '{generation}', now() - interval '5 days'),
                (gen_random_uuid(), '{generation}', now() - interval '1 hour');
            """);
        var options = new PostgresRetentionOptions { GenerationEvents = TimeSpan.FromDays(3), ResultsInbox = TimeSpan.FromDays(3) };

        var removed = await new ResultsRetention(database.Database).PruneAsync(DateTimeOffset.UtcNow, options, CancellationToken.None);

        Assert.Equal(2, removed);
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM results.generation_events WHERE status = 'completed'"));
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM results.generation_events"));
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM results.inbox"));
    }
}
