using GenerationGateway.Adapters.Workflow.Retention;
using GenerationGateway.ServiceDefaults.InMemory;
using MassTransit.Saga;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenerationGateway.Adapters.Workflow.Tests.Retention;

/// <summary>The embedded default's in-memory sagas are bounded: ended ones go after the window or beyond the cap, one in flight never.</summary>
public sealed class InMemoryWorkflowRetentionTests
{
    readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    readonly IndexedSagaDictionary<GenerationWorkflowState<ScriptedVendor>> _sagas = new();

    InMemoryWorkflowRetention<ScriptedVendor> Retention(TimeSpan keepFor, int maxEnded) =>
        new(_sagas, Options.Create(new InMemoryRetentionOptions { KeepFor = keepFor, MaxEnded = maxEnded }), _clock);

    Guid Add(string state)
    {
        var id = Guid.NewGuid();
        _sagas.Add(new SagaInstance<GenerationWorkflowState<ScriptedVendor>>(new GenerationWorkflowState<ScriptedVendor>
        {
            CorrelationId = id,
            CurrentState = state,
            StateEnteredAt = _clock.GetUtcNow(),
        }));
        return id;
    }

    bool Kept(Guid id) => _sagas[id] is not null;

    [Fact]
    public async Task An_ended_saga_goes_after_the_window_and_one_in_flight_stays()
    {
        var retention = Retention(TimeSpan.FromHours(1), maxEnded: 100);
        var completed = Add("Completed");
        var processing = Add("Processing");
        var failed = Add("Failed");

        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await retention.SweepAsync(CancellationToken.None));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await retention.SweepAsync(CancellationToken.None));

        Assert.False(Kept(completed));
        Assert.False(Kept(failed));
        Assert.True(Kept(processing));
    }

    [Fact]
    public async Task Beyond_the_cap_the_oldest_ended_saga_goes_first()
    {
        var retention = Retention(TimeSpan.FromDays(1), maxEnded: 2);
        var first = Add("Cancelled");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = Add("Completed");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var third = Add("Failed");
        var inFlight = Add("Submitting");

        Assert.Equal(1, await retention.SweepAsync(CancellationToken.None));

        Assert.False(Kept(first));
        Assert.True(Kept(second));
        Assert.True(Kept(third));
        Assert.True(Kept(inFlight));
    }
}
