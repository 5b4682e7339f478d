using GenerationGateway.Adapters.DashScope.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.RateLimiting;
using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.DashScope.Tests.Client;

/// <summary>
/// Many jobs polling at once, against a simulator on real time that throttles the key at 20 calls/s as DashScope
/// throttles the account: through the shared limiter none is throttled; without it, some are. The limiter runs at
/// 15/s here (18/s in production): the wider margin absorbs the scheduling stalls of a busy two-core test machine,
/// which delay some calls after the limiter released them on time (the limiter's own spacing is pinned by
/// <c>InMemorySharedRateLimiterTests</c> and <c>PostgresSharedRateLimiterTests</c>).
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class DashScopeClientRateLimitTests : IDisposable
{
    const int Polls = 40;

    readonly DashScopeSimulator _simulator = new(null, liveClock: true);

    public void Dispose() => _simulator.Dispose();

    async Task<(int Throttled, int Answered)> PollConcurrentlyAsync(double queriesPerSecond)
    {
        var limiter = new InMemorySharedRateLimiter(TimeProvider.System);
        var options = _simulator.ClientOptions(queriesPerSecond: queriesPerSecond, maxWait: TimeSpan.FromSeconds(30));
        var client = _simulator.CreateClient(options, limiter);
        var task = await client.SubmitAsync(new DashScopeGen3dParameters { ImageUrl = new Uri("https://images.test/person.jpg") }, CancellationToken.None);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Polls).Select(_ => Task.Run(async () =>
        {
            try
            {
                await client.GetTaskAsync(task.TaskId, CancellationToken.None);
                return true;
            }
            catch (VendorCallException exception) when (exception.Kind == VendorErrorKind.Throttled)
            {
                return false;
            }
        })));
        return (outcomes.Count(x => !x), outcomes.Count(x => x));
    }

    [Fact]
    public async Task Jobs_polling_through_the_shared_limit_are_never_throttled_by_dashscope()
    {
        var (throttled, answered) = await PollConcurrentlyAsync(queriesPerSecond: 15);

        var arrivals = _simulator.Requests().Where(x => x.Method == "GET").Select(x => x.ReceivedAt).Order().ToList();
        var gaps = string.Join(" ", arrivals.Zip(arrivals.Skip(1), (a, b) => (int)(b - a).TotalMilliseconds));
        Assert.True((0, Polls) == (throttled, answered), $"{throttled} throttled; gaps between arrivals (ms): {gaps}");
        Assert.DoesNotContain(_simulator.Requests(), x => x.ResponseStatus == 429);
    }

    [Fact]
    public async Task Jobs_polling_without_a_limit_are_throttled_by_dashscope()
    {
        var (throttled, _) = await PollConcurrentlyAsync(queriesPerSecond: 1000);

        Assert.True(throttled > 0, "The simulator let 40 concurrent polls through; its 20-per-second throttle is not in force.");
    }
}
