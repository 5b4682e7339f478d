using System.Text;
using GenerationGateway.Messaging.Postgres.Scheduling;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Messaging.Postgres.Tests.Scheduling;

/// <summary>The scheduler's SQL under the races a broker and several replicas produce.</summary>
public sealed class ScheduledMessageStoreTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    PostgresDataSources? _dataSources;

    ScheduledMessageStore Store { get; set; } = null!;

    public Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Scheduler"] = database.ConnectionString })
            .Build();
        _dataSources = new PostgresDataSources(configuration, Options.Create(new PostgresOptions()));
        Store = new ScheduledMessageStore(_dataSources, Options.Create(new PostgresSchedulerOptions()));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _dataSources!.DisposeAsync();

    [Fact]
    public async Task Storing_the_same_schedule_twice_keeps_one_row()
    {
        var message = NewMessage(DateTime.UtcNow.AddHours(1));

        Assert.True(await Store.ScheduleAsync(message, CancellationToken.None));
        Assert.True(await Store.ScheduleAsync(message, CancellationToken.None));

        Assert.Equal(1, await PendingAsync(message.TokenId));
    }

    [Fact]
    public async Task A_schedule_after_its_cancel_is_not_stored()
    {
        var message = NewMessage(DateTime.UtcNow.AddHours(1));

        Assert.False(await Store.CancelAsync(message.TokenId, CancellationToken.None));
        Assert.False(await Store.ScheduleAsync(message, CancellationToken.None));

        Assert.Equal(0, await PendingAsync(message.TokenId));
    }

    [Fact]
    public async Task Concurrent_schedule_and_cancel_of_a_token_always_end_cancelled()
    {
        var messages = Enumerable.Range(0, 200).Select(_ => NewMessage(DateTime.UtcNow.AddHours(1))).ToList();

        await Task.WhenAll(messages.Select(m => Task.WhenAll(
            Task.Run(() => Store.ScheduleAsync(m, CancellationToken.None)),
            Task.Run(() => Store.CancelAsync(m.TokenId, CancellationToken.None)))));

        Assert.Equal(0, await PendingAsync([.. messages.Select(m => m.TokenId)]));
    }

    [Fact]
    public async Task Concurrent_claims_never_hold_the_same_row()
    {
        await Store.Schema.EnsureCreatedAsync(CancellationToken.None);
        await database.ScalarAsync<int>("DELETE FROM scheduled_messages RETURNING 0");
        var due = DateTime.UtcNow.AddSeconds(-1);
        foreach (var message in Enumerable.Range(0, 10).Select(_ => NewMessage(due)))
        {
            await Store.ScheduleAsync(message, CancellationToken.None);
        }

        await using var first = await Store.ClaimDueAsync(4, CancellationToken.None);
        await using var second = await Store.ClaimDueAsync(100, CancellationToken.None);
        await using var third = await Store.ClaimDueAsync(100, CancellationToken.None);

        Assert.Equal(4, first.Messages.Count);
        Assert.Equal(6, second.Messages.Count);
        Assert.Empty(third.Messages);
        Assert.Empty(first.Messages.Select(m => m.TokenId).Intersect(second.Messages.Select(m => m.TokenId)));
    }

    [Fact]
    public async Task A_committed_claim_deletes_sent_rows_and_defers_failed_ones()
    {
        var due = DateTime.UtcNow.AddSeconds(-1);
        var sent = NewMessage(due);
        var failed = NewMessage(due);
        await Store.ScheduleAsync(sent, CancellationToken.None);
        await Store.ScheduleAsync(failed, CancellationToken.None);

        await using (var claim = await Store.ClaimDueAsync(10_000, CancellationToken.None))
        {
            Assert.Contains(claim.Messages, m => m.TokenId == sent.TokenId);
            Assert.Contains(claim.Messages, m => m.TokenId == failed.TokenId);
            claim.MarkSent(sent.TokenId);
            claim.MarkFailed(failed.TokenId, TimeSpan.FromMinutes(1), "broker unavailable");
            await claim.CommitAsync(CancellationToken.None);
        }

        Assert.Equal(0, await PendingAsync(sent.TokenId));
        Assert.Equal(1, await database.ScalarAsync<long>(
            "SELECT count(*) FROM scheduled_messages WHERE token_id = @id AND attempts = 1 AND due_at > now() AND last_error = 'broker unavailable'",
            ("id", failed.TokenId)));
    }

    static ScheduledMessageRecord NewMessage(DateTime due) => new()
    {
        TokenId = NewId.NextGuid(),
        DueAt = due,
        Destination = new Uri("queue:nowhere"),
        ContentType = "application/vnd.masstransit+json",
        Body = Encoding.UTF8.GetBytes("{}"),
        MessageTypes = ["urn:message:Test:Nothing"],
        HeadersJson = "{}",
    };

    Task<long> PendingAsync(params Guid[] tokenIds) =>
        database.ScalarAsync<long>("SELECT count(*) FROM scheduled_messages WHERE token_id = ANY(@ids)", ("ids", tokenIds));
}
