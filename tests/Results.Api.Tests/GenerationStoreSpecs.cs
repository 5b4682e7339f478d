using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Events;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;
using GenerationGateway.Results.Api.Usage;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>The record rules, held against every <see cref="IGenerationStore"/> (one subclass per store).</summary>
public abstract class GenerationStoreSpecs
{
    protected abstract IGenerationStore Store { get; }

    Task<bool> Apply(GenerationChange change) => Store.ApplyAsync(change, CancellationToken.None);

    async Task<GenerationRecord> Find(Guid id) =>
        await Store.FindAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"Generation {id} was not recorded.");

    [Fact]
    public async Task Sums_usage_per_day_tenant_and_vendor_with_cost_per_currency()
    {
        var (tenant, other) = ($"usage-{Guid.NewGuid():N}", $"usage-{Guid.NewGuid():N}");
        var day = new DateTimeOffset(2031, 5, 4, 23, 50, 0, TimeSpan.Zero);
        await CompleteAsync(tenant, "rodin", day, new VendorUsage { Credits = 0.5m, Cost = 1.25m, Currency = "USD" });
        await CompleteAsync(tenant, "rodin", day.AddMinutes(20), new VendorUsage { Credits = 1.5m, Cost = 2m, Currency = "USD" });
        await CompleteAsync(tenant, "rodin", day.AddMinutes(25), new VendorUsage { Cost = 10m, Currency = "CNY" });
        await Apply(TestChanges.Requested(Guid.NewGuid(), tenant, "rodin", day.AddMinutes(26)));
        await CompleteAsync(tenant, "aholo", day.AddMinutes(40), usage: null);
        await CompleteAsync(other, "rodin", day, new VendorUsage { Credits = 7m });
        await CompleteAsync(tenant, "rodin", day.AddDays(3), new VendorUsage { Credits = 100m });

        var lines = await Store.UsageAsync(
            new UsageQuery { From = new DateOnly(2031, 5, 4), To = new DateOnly(2031, 5, 5), TenantId = tenant }, CancellationToken.None);

        Assert.Equal(
            [(new DateOnly(2031, 5, 4), "rodin"), (new DateOnly(2031, 5, 5), "aholo"), (new DateOnly(2031, 5, 5), "rodin")],
            lines.Select(x => (x.Date, x.Vendor)));
        Assert.All(lines, x => Assert.Equal(tenant, x.TenantId));
        Assert.Equal((1L, 1L, (decimal?)0.5m, 1.25m), (lines[0].Generations, lines[0].Completed, lines[0].Credits, lines[0].Cost["USD"]));
        Assert.Equal((1L, 1L, (decimal?)null), (lines[1].Generations, lines[1].Completed, lines[1].Credits));
        Assert.Empty(lines[1].Cost);
        Assert.Equal((3L, 2L, (decimal?)1.5m), (lines[2].Generations, lines[2].Completed, lines[2].Credits));
        Assert.Equal(new Dictionary<string, decimal> { ["USD"] = 2m, ["CNY"] = 10m }, lines[2].Cost);

        var everyone = await Store.UsageAsync(
            new UsageQuery { From = new DateOnly(2031, 5, 4), To = new DateOnly(2031, 5, 4) }, CancellationToken.None);
        Assert.Equal(7m, Assert.Single(everyone, x => x.TenantId == other).Credits);
        Assert.Single(everyone, x => x.TenantId == tenant);
    }

    async Task CompleteAsync(string tenantId, string vendor, DateTimeOffset at, VendorUsage? usage)
    {
        var id = Guid.NewGuid();
        await Apply(TestChanges.Requested(id, tenantId, vendor, at));
        await Apply(TestChanges.Completed(id) with { Vendor = vendor, Usage = usage, OccurredAt = at.AddMinutes(1) });
    }

    [Fact]
    public async Task Records_a_happy_lifecycle()
    {
        var id = Guid.NewGuid();
        await Apply(TestChanges.Requested(id));
        await Apply(TestChanges.Progressed(id, GenerationStage.Submitting, 10));
        await Apply(TestChanges.Accepted(id));
        await Apply(TestChanges.Progressed(id, GenerationStage.Processing, 40));
        Assert.Equal(GenerationStatus.Processing, (await Find(id)).Status);
        await Apply(TestChanges.Progressed(id, GenerationStage.Collecting, 90));
        await Apply(TestChanges.Completed(id));

        var record = await Find(id);
        Assert.Equal(GenerationStatus.Completed, record.Status);
        Assert.Equal("tenant-a", record.TenantId);
        Assert.Equal("order-42", record.ClientReference);
        Assert.Equal(TestChanges.Vendor, record.Vendor);
        Assert.Equal(TaskKind.TextTo3d, record.Kind);
        Assert.Equal(GenerationStage.Collecting, record.Stage);
        Assert.Equal(100, record.Progress);
        Assert.Equal("job-1", record.VendorJobId);
        Assert.Equal(2.5m, record.Usage?.Credits);
        Assert.Null(record.Failure);
        Assert.Null(record.Cancellation);
        Assert.NotNull(record.CompletedAt);
        Assert.Equal(["model.glb", "preview.png"], record.Assets.Select(x => x.Name));
        Assert.Equal(TestChanges.Asset(id, "model.glb"), record.Assets[0]);
        var request = record.Request!.Value;
        Assert.Equal("a red chair", request.GetProperty("inputs").GetProperty("prompt").GetString());
        Assert.Equal("https://client.example/hooks", request.GetProperty("callback").GetProperty("url").GetString());
        Assert.Equal(["url"], request.GetProperty("callback").EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public async Task Redelivered_completed_does_not_duplicate_assets()
    {
        var id = Guid.NewGuid();
        await Apply(TestChanges.Requested(id));
        var completed = TestChanges.Completed(id);
        Assert.True(await Apply(completed));
        var first = await Find(id);

        Assert.False(await Apply(completed));
        Assert.True(await Apply(completed with { MessageId = Guid.NewGuid() }));
        Assert.True(await Apply(TestChanges.Completed(id, "model.glb", "other.glb")));

        var record = await Find(id);
        Assert.Equal(["model.glb", "preview.png"], record.Assets.Select(x => x.Name));
        Assert.Equal(first.CompletedAt, record.CompletedAt);
    }

    [Fact]
    public async Task Redelivered_message_id_has_no_second_effect()
    {
        var id = Guid.NewGuid();
        var accepted = TestChanges.Accepted(id, "job-first");
        Assert.True(await Apply(accepted));
        var before = await Find(id);

        Assert.False(await Apply(accepted with { VendorJobId = "job-other", CancelRequested = true }));

        var after = await Find(id);
        Assert.Equal("job-first", after.VendorJobId);
        Assert.False(after.CancelRequested);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
    }

    [Fact]
    public async Task Completed_before_accepted_and_progress_stays_completed()
    {
        var id = Guid.NewGuid();
        await Apply(TestChanges.Completed(id));
        await Apply(TestChanges.Accepted(id));
        await Apply(TestChanges.Progressed(id, GenerationStage.Processing, 50));

        var record = await Find(id);
        Assert.Equal(GenerationStatus.Completed, record.Status);
        Assert.Equal(100, record.Progress);
        Assert.Equal("job-1", record.VendorJobId);
        Assert.Equal(2, record.Assets.Count);
        Assert.Null(record.TenantId);
    }

    [Fact]
    public async Task Progressed_after_completed_is_ignored()
    {
        var id = Guid.NewGuid();
        await Apply(TestChanges.Requested(id));
        await Apply(TestChanges.Progressed(id, GenerationStage.Processing, 60));
        await Apply(TestChanges.Completed(id));
        await Apply(TestChanges.Progressed(id, GenerationStage.Collecting, 95));

        var record = await Find(id);
        Assert.Equal(GenerationStatus.Completed, record.Status);
        Assert.Equal(GenerationStage.Processing, record.Stage);
        Assert.Equal(100, record.Progress);
    }

    [Fact]
    public async Task Requested_arriving_last_fills_the_request_without_downgrading_the_status()
    {
        var id = Guid.NewGuid();
        var requestedAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        await Apply(TestChanges.Accepted(id));
        await Apply(TestChanges.Progressed(id, GenerationStage.Processing, 30));
        await Apply(TestChanges.Requested(id, tenantId: "tenant-late", at: requestedAt));

        var record = await Find(id);
        Assert.Equal(GenerationStatus.Processing, record.Status);
        Assert.Equal(30, record.Progress);
        Assert.Equal("tenant-late", record.TenantId);
        Assert.Equal(TaskKind.TextTo3d, record.Kind);
        Assert.NotNull(record.Request);
        Assert.Equal(requestedAt.ToUnixTimeMilliseconds(), record.CreatedAt.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Requested_after_completed_keeps_the_completion()
    {
        var id = Guid.NewGuid();
        await Apply(TestChanges.Completed(id));
        await Apply(TestChanges.Requested(id));

        var record = await Find(id);
        Assert.Equal(GenerationStatus.Completed, record.Status);
        Assert.Equal("tenant-a", record.TenantId);
        Assert.Equal(2, record.Assets.Count);
    }

    [Fact]
    public async Task Failed_after_completed_is_ignored()
    {
        var id = Guid.NewGuid();
        await Apply(TestChanges.Requested(id));
        await Apply(TestChanges.Completed(id));
        await Apply(TestChanges.Failed(id));

        var record = await Find(id);
        Assert.Equal(GenerationStatus.Completed, record.Status);
        Assert.Null(record.Failure);
        Assert.Equal(2, record.Assets.Count);
    }

    [Fact]
    public async Task Completed_after_failed_is_ignored_because_the_first_terminal_wins()
    {
        var id = Guid.NewGuid();
        await Apply(TestChanges.Requested(id));
        await Apply(TestChanges.Failed(id));
        var failedAt = (await Find(id)).CompletedAt;
        await Apply(TestChanges.Completed(id));
        await Apply(TestChanges.Cancelled(id));

        var record = await Find(id);
        Assert.Equal(GenerationStatus.Failed, record.Status);
        Assert.Equal(new GenerationFailure { Reason = FailureReason.VendorJobFailed, Retryable = true, VendorCode = "E42", VendorMessage = "mesh failed" }, record.Failure);
        Assert.Empty(record.Assets);
        Assert.Null(record.Usage);
        Assert.Null(record.Cancellation);
        Assert.Equal(failedAt, record.CompletedAt);
    }

    [Fact]
    public async Task Records_a_requested_and_confirmed_cancellation()
    {
        var id = Guid.NewGuid();
        await Apply(TestChanges.Requested(id));
        await Apply(new GenerationChange { GenerationId = id, Vendor = TestChanges.Vendor, MessageId = Guid.NewGuid(), CancelRequested = true });
        Assert.Equal(GenerationStatus.Requested, (await Find(id)).Status);
        await Apply(TestChanges.Cancelled(id));

        var record = await Find(id);
        Assert.Equal(GenerationStatus.Cancelled, record.Status);
        Assert.True(record.CancelRequested);
        Assert.Equal(new GenerationCancellation { VendorJobStopped = true, Note = "client asked" }, record.Cancellation);
        Assert.NotNull(record.CompletedAt);
    }

    [Fact]
    public async Task A_cancel_before_the_vendor_accepted_appends_a_cancelled_entry_to_the_feed_in_either_order()
    {
        var (tenant, inOrder, outOfOrder) = ($"feed-{Guid.NewGuid():N}", Guid.NewGuid(), Guid.NewGuid());
        var after = await Store.LatestSequenceAsync(CancellationToken.None);
        await Apply(TestChanges.Requested(inOrder, tenant));
        await Apply(new GenerationChange { GenerationId = inOrder, Vendor = TestChanges.Vendor, MessageId = Guid.NewGuid(), CancelRequested = true });
        await Apply(TestChanges.Cancelled(inOrder));
        await Apply(new GenerationChange { GenerationId = outOfOrder, Vendor = TestChanges.Vendor, MessageId = Guid.NewGuid(), CancelRequested = true });
        await Apply(TestChanges.Cancelled(outOfOrder));
        await Apply(TestChanges.Requested(outOfOrder, tenant));

        var feed = await Store.ReadFeedAsync(new GenerationFeedQuery { TenantId = tenant, AfterSequence = after }, CancellationToken.None);

        Assert.Equal([GenerationStatus.Requested, GenerationStatus.Cancelled], feed.Where(e => e.GenerationId == inOrder).Select(e => e.Status));
        Assert.Equal(GenerationStatus.Cancelled, feed.Last(e => e.GenerationId == outOfOrder).Status);
        Assert.Equal(feed.Select(e => e.Sequence).Order(), feed.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Shows_the_queue_place_while_queued_and_clears_it_when_the_job_leaves_the_queue()
    {
        var (tenant, id) = ($"queue-{Guid.NewGuid():N}", Guid.NewGuid());
        var at = new DateTimeOffset(2031, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var after = await Store.LatestSequenceAsync(CancellationToken.None);
        await Apply(TestChanges.Requested(id, tenant, at: at));
        await Apply(TestChanges.Progressed(id, GenerationStage.Submitting, 5) with { OccurredAt = at.AddSeconds(1) });
        await Apply(TestChanges.Queued(id, 7, TimeSpan.FromSeconds(299.2), at.AddSeconds(2)));

        var queued = await Find(id);
        Assert.Equal(GenerationStage.Queued, queued.Stage);
        Assert.Equal(new GenerationQueuePlace { Position = 7, EstimatedStartSeconds = 300 }, queued.Queue);

        await Apply(TestChanges.Queued(id, 2, null, at.AddSeconds(3)));
        Assert.Equal(new GenerationQueuePlace { Position = 2 }, (await Find(id)).Queue);

        await Apply(TestChanges.Progressed(id, GenerationStage.Submitting, 5) with { OccurredAt = at.AddSeconds(4) });
        var submitting = await Find(id);
        Assert.Equal(GenerationStage.Submitting, submitting.Stage);
        Assert.Null(submitting.Queue);

        var feed = await Store.ReadFeedAsync(new GenerationFeedQuery { TenantId = tenant, GenerationId = id, AfterSequence = after }, CancellationToken.None);
        Assert.Equal(
            [(GenerationStage?)null, GenerationStage.Submitting, GenerationStage.Queued, GenerationStage.Queued, GenerationStage.Submitting],
            feed.Select(e => e.Stage));
        Assert.Equal([null, null, 7, 2, null], feed.Select(e => e.Queue?.Position));
        Assert.Equal(300, feed[2].Queue?.EstimatedStartSeconds);
    }

    [Fact]
    public async Task A_late_queue_report_does_not_move_the_queue_place_or_the_stage_back()
    {
        var id = Guid.NewGuid();
        var at = new DateTimeOffset(2031, 6, 1, 12, 0, 0, TimeSpan.Zero);
        await Apply(TestChanges.Requested(id, at: at));
        await Apply(TestChanges.Queued(id, 3, TimeSpan.FromMinutes(1), at.AddSeconds(3)));
        await Apply(TestChanges.Queued(id, 9, TimeSpan.FromMinutes(4), at.AddSeconds(1)));
        Assert.Equal(new GenerationQueuePlace { Position = 3, EstimatedStartSeconds = 60 }, (await Find(id)).Queue);

        await Apply(TestChanges.Progressed(id, GenerationStage.Submitting, 5) with { OccurredAt = at.AddSeconds(5) });
        await Apply(TestChanges.Queued(id, 1, TimeSpan.FromSeconds(5), at.AddSeconds(4)));
        var submitting = await Find(id);
        Assert.Equal(GenerationStage.Submitting, submitting.Stage);
        Assert.Null(submitting.Queue);

        await Apply(TestChanges.Accepted(id));
        await Apply(TestChanges.Progressed(id, GenerationStage.Processing, 40) with { OccurredAt = at.AddSeconds(7) });
        await Apply(TestChanges.Queued(id, 1, TimeSpan.FromSeconds(5), at.AddSeconds(8)));
        var processing = await Find(id);
        Assert.Equal(GenerationStage.Processing, processing.Stage);
        Assert.Null(processing.Queue);
    }

    [Fact]
    public async Task A_submit_that_finds_the_vendor_full_again_shows_the_job_queued_again()
    {
        var id = Guid.NewGuid();
        var at = new DateTimeOffset(2031, 6, 1, 12, 0, 0, TimeSpan.Zero);
        await Apply(TestChanges.Requested(id, at: at));
        await Apply(TestChanges.Queued(id, 1, TimeSpan.FromSeconds(20), at.AddSeconds(1)));
        await Apply(TestChanges.Progressed(id, GenerationStage.Submitting, 5) with { OccurredAt = at.AddSeconds(2) });
        await Apply(TestChanges.Queued(id, 4, TimeSpan.FromSeconds(80), at.AddSeconds(3)));

        var record = await Find(id);
        Assert.Equal(GenerationStage.Queued, record.Stage);
        Assert.Equal(new GenerationQueuePlace { Position = 4, EstimatedStartSeconds = 80 }, record.Queue);
    }

    [Fact]
    public async Task A_queued_generation_that_ends_has_no_queue_place()
    {
        var id = Guid.NewGuid();
        var at = new DateTimeOffset(2031, 6, 1, 12, 0, 0, TimeSpan.Zero);
        await Apply(TestChanges.Requested(id, at: at));
        await Apply(TestChanges.Queued(id, 2, TimeSpan.FromSeconds(30), at.AddSeconds(1)));
        await Apply(TestChanges.Failed(id) with { OccurredAt = at.AddSeconds(2) });
        await Apply(TestChanges.Queued(id, 1, TimeSpan.FromSeconds(10), at.AddSeconds(3)));

        var record = await Find(id);
        Assert.Equal(GenerationStatus.Failed, record.Status);
        Assert.Null(record.Queue);
    }

    [Fact]
    public async Task Progress_and_stage_never_go_backwards()
    {
        var id = Guid.NewGuid();
        await Apply(TestChanges.Requested(id));
        await Apply(TestChanges.Progressed(id, GenerationStage.Collecting, 80));
        await Apply(TestChanges.Progressed(id, GenerationStage.Processing, 30));
        await Apply(TestChanges.Accepted(id));

        var record = await Find(id);
        Assert.Equal(80, record.Progress);
        Assert.Equal(GenerationStage.Collecting, record.Stage);
        Assert.Equal(GenerationStatus.Processing, record.Status);
    }

    [Fact]
    public async Task Concurrent_changes_for_one_generation_end_in_one_consistent_record()
    {
        var id = Guid.NewGuid();
        var changes = new List<GenerationChange> { TestChanges.Requested(id), TestChanges.Accepted(id) };
        changes.AddRange(Enumerable.Range(1, 20).Select(percent => TestChanges.Progressed(id, GenerationStage.Processing, percent * 4)));
        changes.AddRange(Enumerable.Range(0, 5).Select(_ => TestChanges.Completed(id)));

        await Task.WhenAll(changes.Select(change => Task.Run(() => Apply(change))));

        var record = await Find(id);
        Assert.Equal(GenerationStatus.Completed, record.Status);
        Assert.Equal(100, record.Progress);
        Assert.Equal("tenant-a", record.TenantId);
        Assert.Equal("job-1", record.VendorJobId);
        Assert.Equal(["model.glb", "preview.png"], record.Assets.Select(x => x.Name));
    }

    [Fact]
    public async Task Lists_newest_first_filtered_by_status_vendor_and_tenant_in_pages()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            await Apply(TestChanges.Requested(ids[i], tenant, i < 3 ? "rodin" : "aholo", start.AddMinutes(i)));
        }

        await Apply(TestChanges.Completed(ids[0]));
        await Apply(TestChanges.Completed(ids[3]));

        var firstPage = await List(new GenerationQuery { TenantId = tenant, PageSize = 2 });
        Assert.Equal(5, firstPage.TotalCount);
        Assert.Equal([ids[4], ids[3]], firstPage.Items.Select(x => x.Id));
        Assert.Equal(2, firstPage.Items[1].Assets.Count);

        var lastPage = await List(new GenerationQuery { TenantId = tenant, Page = 3, PageSize = 2 });
        Assert.Equal([ids[0]], lastPage.Items.Select(x => x.Id));
        Assert.Equal(3, lastPage.Page);

        Assert.Empty((await List(new GenerationQuery { TenantId = tenant, Page = 4, PageSize = 2 })).Items);

        var completed = await List(new GenerationQuery { TenantId = tenant, Status = GenerationStatus.Completed });
        Assert.Equal([ids[3], ids[0]], completed.Items.Select(x => x.Id));

        var rodin = await List(new GenerationQuery { TenantId = tenant, Vendor = "rodin", Status = GenerationStatus.Requested });
        Assert.Equal(2, rodin.TotalCount);
        Assert.Equal([ids[2], ids[1]], rodin.Items.Select(x => x.Id));
    }

    [Fact]
    public async Task Finds_nothing_for_an_unknown_id()
    {
        Assert.Null(await Store.FindAsync(Guid.NewGuid(), CancellationToken.None));
        var page = await List(new GenerationQuery { TenantId = $"nobody-{Guid.NewGuid():N}" });
        Assert.Empty(page.Items);
        Assert.Equal(0, page.TotalCount);
    }

    Task<GenerationPage> List(GenerationQuery query) => Store.ListAsync(query, CancellationToken.None);
}
