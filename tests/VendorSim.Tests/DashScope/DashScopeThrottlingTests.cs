namespace GenerationGateway.VendorSim.Tests.DashScope;

/// <summary>The task API's account limit: at most 20 calls in any second, per key, by the simulator's clock.</summary>
public sealed class DashScopeThrottlingTests
{
    [Fact]
    public async Task The_twenty_first_task_call_within_a_second_is_throttled()
    {
        using var dashscope = DashScopeTestClient.Start();
        var taskId = await dashscope.SubmitPhotoAsync();
        var statuses = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((await dashscope.TaskAsync(taskId)).Status);
        }

        var (status, body) = await dashscope.TaskAsync(taskId);

        Assert.All(statuses, x => Assert.Equal(200, x));
        Assert.Equal((429, "Throttling.RateQuota"), (status, body.GetProperty("code").GetString()));
        Assert.True(Guid.TryParse(body.GetProperty("request_id").GetString(), out _));
    }

    [Fact]
    public async Task The_window_slides_with_time_and_refused_calls_do_not_count()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        using var dashscope = new DashScopeTestClient(factory);
        var taskId = await dashscope.SubmitPhotoAsync();
        for (var i = 0; i < 10; i++)
        {
            await dashscope.TaskAsync(taskId);
        }

        factory.Clock.Advance(TimeSpan.FromMilliseconds(500));
        for (var i = 0; i < 10; i++)
        {
            await dashscope.TaskAsync(taskId);
        }

        var refused = await dashscope.TaskAsync(taskId);
        factory.Clock.Advance(TimeSpan.FromMilliseconds(500));
        var afterFirstHalf = await dashscope.TaskAsync(taskId);

        Assert.Equal((429, 200), (refused.Status, afterFirstHalf.Status));
    }

    [Fact]
    public async Task Cancel_counts_against_the_limit_and_submit_does_not()
    {
        using var factory = DashScopeTestClient.CreateFactory(("TaskQueriesPerSecond", "2"));
        using var dashscope = new DashScopeTestClient(factory);
        var taskId = await dashscope.SubmitPhotoAsync();
        await dashscope.TaskAsync(taskId);
        await dashscope.CancelAsync(taskId);

        var throttled = await dashscope.TaskAsync(taskId);
        await dashscope.SubmitPhotoAsync();

        Assert.Equal(429, throttled.Status);
    }
}
