using Microsoft.Extensions.Time.Testing;

namespace GenerationGateway.Messaging.Postgres.Tests;

/// <summary>A send the broker never confirms, on a fake clock: it fails at its bound, not before, and a stop is not a timeout.</summary>
public sealed class BoundedSendTests
{
    static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task A_send_that_ignores_its_token_and_never_ends_fails_with_a_timeout_at_the_bound()
    {
        var send = BoundedSend.SendAsync(_ => new TaskCompletionSource().Task, Bound, _clock, CancellationToken.None);

        _clock.Advance(Bound - TimeSpan.FromMilliseconds(1));
        Assert.False(send.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => send);
        Assert.Contains("did not confirm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_send_is_given_the_bounded_token_and_completes_when_it_does()
    {
        CancellationToken given = default;
        var confirmed = new TaskCompletionSource();
        var send = BoundedSend.SendAsync(token => { given = token; return confirmed.Task; }, Bound, _clock, CancellationToken.None);

        confirmed.SetResult();
        await send;

        Assert.True(given.CanBeCanceled);
        Assert.False(given.IsCancellationRequested);
    }

    [Fact]
    public async Task A_stop_cancels_the_send_without_calling_it_a_timeout()
    {
        using var stop = new CancellationTokenSource();
        var send = BoundedSend.SendAsync(_ => new TaskCompletionSource().Task, Bound, _clock, stop.Token);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
    }
}
