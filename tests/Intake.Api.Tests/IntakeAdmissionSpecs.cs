using GenerationGateway.Intake.Api.Quotas;
using GenerationGateway.Intake.Api.Storage;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>The in-flight rules, held against every <see cref="IIntakeStore"/> (one subclass per store).</summary>
public abstract class IntakeAdmissionSpecs
{
    const string OtherVendor = "other-vendor";

    /// <summary>A store on the shared state; each call may stand for another replica.</summary>
    protected abstract IIntakeStore Store();

    [Fact]
    public async Task Refuses_the_generation_beyond_max_in_flight_and_stores_nothing()
    {
        var store = Store();
        var tenant = GenerationBodies.NewTenant();
        var limits = new InFlightLimits(MaxInFlight: 2, MaxInFlightPerVendor: 10);
        await AdmitAsync(store, NewRecord(tenant), limits);
        await AdmitAsync(store, NewRecord(tenant, OtherVendor), limits);

        var refused = NewRecord(tenant);
        var admission = await store.AdmitAsync(refused, limits, CancellationToken.None);

        Assert.Null(admission.Record);
        Assert.Equal(QuotaLimit.MaxInFlight, admission.RefusedBy);
        Assert.Equal(2, admission.InFlight);
        Assert.Null(await store.FindAsync(refused.GenerationId, CancellationToken.None));
        Assert.Equal(2, (await store.CountInFlightAsync(tenant, CancellationToken.None)).Total);
    }

    [Fact]
    public async Task Refuses_beyond_the_per_vendor_limit_while_another_vendor_still_has_room()
    {
        var store = Store();
        var tenant = GenerationBodies.NewTenant();
        var limits = new InFlightLimits(MaxInFlight: 10, MaxInFlightPerVendor: 1);
        await AdmitAsync(store, NewRecord(tenant), limits);

        var admission = await store.AdmitAsync(NewRecord(tenant), limits, CancellationToken.None);
        Assert.Equal(QuotaLimit.MaxInFlightPerVendor, admission.RefusedBy);
        Assert.NotNull((await store.AdmitAsync(NewRecord(tenant, OtherVendor), limits, CancellationToken.None)).Record);

        var count = await store.CountInFlightAsync(tenant, CancellationToken.None);
        Assert.Equal(2, count.Total);
        Assert.Equal(1, count.ByVendor[FakeVendorRules.Key]);
        Assert.Equal(1, count.ByVendor[OtherVendor]);
    }

    [Fact]
    public async Task Counts_each_tenant_on_its_own()
    {
        var store = Store();
        var limits = new InFlightLimits(1, 1);
        await AdmitAsync(store, NewRecord(GenerationBodies.NewTenant()), limits);

        Assert.NotNull((await store.AdmitAsync(NewRecord(GenerationBodies.NewTenant()), limits, CancellationToken.None)).Record);
    }

    [Fact]
    public async Task Concurrent_admissions_on_two_replicas_never_take_more_than_the_limit()
    {
        var replicas = new[] { Store(), Store() };
        var tenant = GenerationBodies.NewTenant();
        var limits = new InFlightLimits(MaxInFlight: 7, MaxInFlightPerVendor: 7);

        var admissions = await Task.WhenAll(Enumerable.Range(0, 30)
            .Select(i => Task.Run(() => replicas[i % 2].AdmitAsync(NewRecord(tenant), limits, CancellationToken.None))));

        Assert.Equal(7, admissions.Count(x => x.Record is not null));
        Assert.Equal(7, (await replicas[0].CountInFlightAsync(tenant, CancellationToken.None)).Total);
    }

    [Fact]
    public async Task An_ended_generation_frees_its_slot_once_however_often_its_end_arrives()
    {
        var store = Store();
        var tenant = GenerationBodies.NewTenant();
        var limits = new InFlightLimits(2, 2);
        var first = await AdmitAsync(store, NewRecord(tenant), limits);
        await AdmitAsync(store, NewRecord(tenant), limits);

        await store.MarkEndedAsync(first.GenerationId, TerminalStatus.Completed, CancellationToken.None);
        await store.MarkEndedAsync(first.GenerationId, TerminalStatus.Completed, CancellationToken.None);
        await store.MarkEndedAsync(Guid.NewGuid(), TerminalStatus.Failed, CancellationToken.None);

        Assert.NotNull((await store.AdmitAsync(NewRecord(tenant), limits, CancellationToken.None)).Record);
        Assert.Equal(QuotaLimit.MaxInFlight, (await store.AdmitAsync(NewRecord(tenant), limits, CancellationToken.None)).RefusedBy);
    }

    [Theory]
    [InlineData(TerminalStatus.Completed)]
    [InlineData(TerminalStatus.Failed)]
    [InlineData(TerminalStatus.Cancelled)]
    public async Task Records_how_a_generation_ended_and_keeps_its_first_end(TerminalStatus status)
    {
        var store = Store();
        var record = await AdmitAsync(store, NewRecord(GenerationBodies.NewTenant()), new InFlightLimits(10, 10));
        await store.MarkPublishedAsync(record.GenerationId, CancellationToken.None);
        Assert.Null((await store.FindAsync(record.GenerationId, CancellationToken.None))!.EndStatus);

        await store.MarkEndedAsync(record.GenerationId, status, CancellationToken.None);
        var later = status == TerminalStatus.Cancelled ? TerminalStatus.Completed : TerminalStatus.Cancelled;
        await Store().MarkEndedAsync(record.GenerationId, later, CancellationToken.None);

        var found = await Store().FindAsync(record.GenerationId, CancellationToken.None);
        Assert.Equal(status, found!.EndStatus);
        Assert.True(found.Published);
    }

    [Fact]
    public async Task A_failed_publish_gives_the_slot_back_and_its_retry_takes_one_again()
    {
        var store = Store();
        var tenant = GenerationBodies.NewTenant();
        var limits = new InFlightLimits(1, 1);
        var unpublished = await AdmitAsync(store, NewRecord(tenant, idempotencyKey: "retry-me"), limits);

        await store.ReleaseAsync(unpublished.GenerationId, CancellationToken.None);
        Assert.Equal(0, (await store.CountInFlightAsync(tenant, CancellationToken.None)).Total);

        var retry = await store.AdmitAsync(NewRecord(tenant, idempotencyKey: "retry-me"), limits, CancellationToken.None);
        Assert.Equal(unpublished.GenerationId, retry.Record?.GenerationId);
        Assert.Equal(1, (await store.CountInFlightAsync(tenant, CancellationToken.None)).Total);
        Assert.Equal(QuotaLimit.MaxInFlight, (await store.AdmitAsync(NewRecord(tenant), limits, CancellationToken.None)).RefusedBy);
    }

    [Fact]
    public async Task A_repeat_of_a_published_key_answers_with_the_earlier_record_even_at_the_limit()
    {
        var store = Store();
        var tenant = GenerationBodies.NewTenant();
        var limits = new InFlightLimits(1, 1);
        var first = await AdmitAsync(store, NewRecord(tenant, idempotencyKey: "once"), limits);
        await store.MarkPublishedAsync(first.GenerationId, CancellationToken.None);

        var repeat = await store.AdmitAsync(NewRecord(tenant, idempotencyKey: "once"), limits, CancellationToken.None);

        Assert.Equal(first.GenerationId, repeat.Record?.GenerationId);
        Assert.Equal(1, (await store.CountInFlightAsync(tenant, CancellationToken.None)).Total);
    }

    static async Task<IntakeRecord> AdmitAsync(IIntakeStore store, IntakeRecord record, InFlightLimits limits)
    {
        var admission = await store.AdmitAsync(record, limits, CancellationToken.None);
        return admission.Record ?? throw new InvalidOperationException($"Refused by {admission.RefusedBy}.");
    }

    static IntakeRecord NewRecord(string tenantId, string vendor = FakeVendorRules.Key, string? idempotencyKey = null) => new()
    {
        GenerationId = Guid.CreateVersion7(),
        TenantId = tenantId,
        Vendor = vendor,
        IdempotencyKey = idempotencyKey,
        RequestHash = "0f1e2d3c",
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
    };
}
