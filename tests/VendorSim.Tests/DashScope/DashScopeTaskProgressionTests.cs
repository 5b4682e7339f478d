using System.Globalization;

namespace GenerationGateway.VendorSim.Tests.DashScope;

public sealed class DashScopeTaskProgressionTests
{
    /// <summary>The factory's clock starts 2026-01-15 12:00:00 UTC: 20:00 in Beijing, where DashScope writes its times.</summary>
    const string SubmitTime = "2026-01-15 20:00:00.000";

    [Fact]
    public async Task A_task_goes_pending_running_succeeded_with_its_times_in_local_milliseconds()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        using var dashscope = new DashScopeTestClient(factory);
        var taskId = await dashscope.SubmitPhotoAsync();

        var pending = await dashscope.OutputAsync(taskId);
        factory.Clock.Advance(DashScopeTestClient.Pending);
        var running = await dashscope.OutputAsync(taskId);
        factory.Clock.Advance(DashScopeTestClient.Running + TimeSpan.FromMilliseconds(5));
        var succeeded = await dashscope.OutputAsync(taskId);

        Assert.Equal(("PENDING", SubmitTime, false, false), (pending.GetProperty("task_status").GetString(), pending.GetProperty("submit_time").GetString(),
            pending.TryGetProperty("scheduled_time", out _), pending.TryGetProperty("end_time", out _)));
        Assert.Equal(("RUNNING", SubmitTime, "2026-01-15 20:00:10.000", false), (running.GetProperty("task_status").GetString(), running.GetProperty("submit_time").GetString(),
            running.GetProperty("scheduled_time").GetString(), running.TryGetProperty("end_time", out _)));
        Assert.Equal(("SUCCEEDED", "2026-01-15 20:00:30.000"), (succeeded.GetProperty("task_status").GetString(), succeeded.GetProperty("end_time").GetString()));
        Assert.True(DateTime.TryParseExact(succeeded.GetProperty("end_time").GetString(), "yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        Assert.False(running.TryGetProperty("ply_url", out _));
        Assert.EndsWith("/character.ply", new Uri(succeeded.GetProperty("ply_url").GetString()!).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Success_reports_one_character_used()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        using var dashscope = new DashScopeTestClient(factory);
        var taskId = await dashscope.SubmitPhotoAsync();
        factory.Clock.Advance(DashScopeTestClient.Pending + DashScopeTestClient.Running);

        var (_, body) = await dashscope.TaskAsync(taskId);

        Assert.Equal(1, body.GetProperty("usage").GetProperty("count").GetInt32());
        Assert.Equal(taskId, body.GetProperty("output").GetProperty("task_id").GetString());
    }

    [Fact]
    public async Task The_request_id_is_new_on_every_call_and_the_task_id_stays()
    {
        using var dashscope = DashScopeTestClient.Start();
        var taskId = await dashscope.SubmitPhotoAsync();

        var answers = new List<(string? RequestId, string? TaskId)>();
        for (var i = 0; i < 3; i++)
        {
            var (_, body) = await dashscope.TaskAsync(taskId);
            answers.Add((body.GetProperty("request_id").GetString(), body.GetProperty("output").GetProperty("task_id").GetString()));
        }

        Assert.Equal(3, answers.Select(x => x.RequestId).Distinct().Count());
        Assert.All(answers, x => Assert.Equal(taskId, x.TaskId));
    }

    [Fact]
    public async Task A_task_past_its_retention_is_unknown()
    {
        using var factory = DashScopeTestClient.CreateFactory(("Retention", "01:00:00"));
        using var dashscope = new DashScopeTestClient(factory);
        var taskId = await dashscope.SubmitPhotoAsync();
        factory.Clock.Advance(DashScopeTestClient.Pending + DashScopeTestClient.Running + TimeSpan.FromMinutes(59));
        var kept = await dashscope.OutputAsync(taskId);

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var (status, body) = await dashscope.TaskAsync(taskId);

        Assert.Equal("SUCCEEDED", kept.GetProperty("task_status").GetString());
        Assert.Equal(200, status);
        Assert.Equal("UNKNOWN", body.GetProperty("output").GetProperty("task_status").GetString());
        Assert.False(body.GetProperty("output").TryGetProperty("ply_url", out _));
    }

    [Fact]
    public async Task Retention_defaults_to_a_day()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        using var dashscope = new DashScopeTestClient(factory);
        var taskId = await dashscope.SubmitPhotoAsync();
        factory.Clock.Advance(DashScopeTestClient.Pending + DashScopeTestClient.Running + TimeSpan.FromHours(23.9));
        var kept = await dashscope.OutputAsync(taskId);
        factory.Clock.Advance(TimeSpan.FromHours(0.1));

        Assert.Equal(("SUCCEEDED", "UNKNOWN"), (kept.GetProperty("task_status").GetString(), (await dashscope.OutputAsync(taskId)).GetProperty("task_status").GetString()));
    }

    [Fact]
    public async Task A_task_id_it_never_issued_is_unknown()
    {
        using var dashscope = DashScopeTestClient.Start();

        var output = await dashscope.OutputAsync(Guid.NewGuid().ToString());

        Assert.Equal("UNKNOWN", output.GetProperty("task_status").GetString());
    }

    [Fact]
    public async Task Every_nth_task_fails_when_configured()
    {
        using var factory = DashScopeTestClient.CreateFactory(("FailTaskEveryNth", "2"));
        using var dashscope = new DashScopeTestClient(factory);
        var first = await dashscope.SubmitPhotoAsync();
        var second = await dashscope.SubmitPhotoAsync();
        factory.Clock.Advance(DashScopeTestClient.Pending + DashScopeTestClient.Running);

        var failed = await dashscope.OutputAsync(second);

        Assert.Equal("SUCCEEDED", (await dashscope.OutputAsync(first)).GetProperty("task_status").GetString());
        Assert.Equal(("FAILED", "InternalError"), (failed.GetProperty("task_status").GetString(), failed.GetProperty("code").GetString()));
        Assert.True(failed.TryGetProperty("end_time", out _));
    }
}
