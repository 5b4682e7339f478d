using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.Rodin;

public sealed class RodinFaultInjectionTests
{
    [Fact]
    public async Task Business_error_fault_answers_the_next_submit_and_charges_nothing()
    {
        using var rodin = RodinTestClient.Start();
        await rodin.EnqueueFaultsAsync("""{"kind":"business-error","error":"SUBSCRIPTION_PLAN_TOO_LOW","message":"Business plan required"}""");

        var (status, body) = await rodin.SubmitAsync(0, ("prompt", "a chair"));

        Assert.Equal(200, status);
        Assert.Equal("SUBSCRIPTION_PLAN_TOO_LOW", body.GetProperty("error").GetString());
        Assert.Equal("Business plan required", body.GetProperty("message").GetString());
        Assert.Equal(100m, await rodin.BalanceAsync());
        Assert.Equal(201, (await rodin.SubmitAsync(0, ("prompt", "a chair"))).Status);
    }

    [Fact]
    public async Task Job_failed_fault_fails_the_last_job_and_leaves_only_the_preview()
    {
        using var rodin = RodinTestClient.Start();
        await rodin.EnqueueFaultsAsync("""{"kind":"job-failed"}""");

        var failed = await rodin.SubmitTextAsync();
        var healthy = await rodin.SubmitTextAsync();

        Assert.Equal(["Done", "Failed"], await rodin.JobStatusesAsync(failed));
        Assert.Equal(["preview.webp"], (await rodin.DownloadListAsync(failed)).Select(f => f.Name));
        Assert.Equal(["Done", "Done"], await rodin.JobStatusesAsync(healthy));
    }

    [Fact]
    public async Task Stall_fault_keeps_the_jobs_generating()
    {
        using var factory = new VendorSimFactory();
        using var rodin = factory.CreateRodinClient();
        await rodin.EnqueueFaultsAsync("""{"kind":"stall"}""");

        var task = await rodin.SubmitTextAsync();
        factory.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(["Generating", "Generating"], await rodin.JobStatusesAsync(task));
        Assert.Empty(await rodin.DownloadListAsync(task));
    }

    [Fact]
    public async Task Http_status_faults_hit_their_endpoint_once_in_order()
    {
        using var rodin = RodinTestClient.Start();
        var task = await rodin.SubmitTextAsync();
        var key = task.GetProperty("jobs").GetProperty("subscription_key").GetString()!;
        await rodin.EnqueueFaultsAsync("""
            [{"kind":"http-status","status":429,"endpoint":"status"},
             {"kind":"http-status","status":500,"endpoint":"status"},
             {"kind":"http-status","status":503,"endpoint":"download"}]
            """);

        using var throttled = await rodin.Http.PostAsync(
            new Uri("/rodin/api/v2/status", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { subscription_key = key }));
        Assert.Equal(429, (int)throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal(500, (await rodin.StatusAsync(key)).Status);
        Assert.Equal(200, (await rodin.StatusAsync(key)).Status);
        Assert.Equal(503, (await rodin.DownloadAsync(task.GetProperty("uuid").GetString()!)).Status);
        Assert.Equal(201, (await rodin.DownloadAsync(task.GetProperty("uuid").GetString()!)).Status);
    }

    [Fact]
    public async Task Http_status_fault_on_submit_creates_no_task()
    {
        using var rodin = RodinTestClient.Start();
        await rodin.EnqueueFaultsAsync("""[{"kind":"http-status","status":500},{"kind":"job-failed"}]""");

        var (status, _) = await rodin.SubmitAsync(0, ("prompt", "a chair"));
        var next = await rodin.SubmitTextAsync();

        Assert.Equal(500, status);
        Assert.Equal(100m - 0.5m, await rodin.BalanceAsync());
        Assert.Equal(["Done", "Failed"], await rodin.JobStatusesAsync(next));
    }

    [Fact]
    public async Task File_host_fault_fails_one_file_download()
    {
        using var rodin = RodinTestClient.Start();
        var list = await rodin.DownloadListAsync(await rodin.SubmitTextAsync());
        await rodin.EnqueueFaultsAsync("""{"kind":"http-status","status":502,"endpoint":"files"}""");

        using var failed = await rodin.Http.GetAsync(list[0].Url);
        using var retried = await rodin.Http.GetAsync(list[0].Url);

        Assert.Equal(502, (int)failed.StatusCode);
        Assert.Equal(200, (int)retried.StatusCode);
    }

    [Theory]
    [InlineData("""{"kind":"explode"}""", "[0].kind")]
    [InlineData("""{"kind":"business-error"}""", "[0].error")]
    [InlineData("""{"kind":"http-status","status":200}""", "[0].status")]
    [InlineData("""{"kind":"job-failed","endpoint":"status"}""", "[0].endpoint")]
    [InlineData("""[{"kind":"stall"},{"kind":"http-status","status":500,"endpoint":"nowhere"}]""", "[1].endpoint")]
    public async Task Malformed_faults_are_rejected_with_a_problem_naming_the_field(string json, string field)
    {
        using var rodin = RodinTestClient.Start();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        var (status, body) = await SimulatorAnswer.ReadAsync(await rodin.Http.PostAsync(new Uri("/_sim/rodin/faults", UriKind.Relative), content));

        Assert.Equal(400, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
        var (_, pending) = await SimulatorAnswer.ReadAsync(await rodin.Http.GetAsync(new Uri("/_sim/rodin/faults", UriKind.Relative)));
        Assert.Equal(0, pending.GetArrayLength());
    }

    [Fact]
    public async Task Every_nth_task_option_fails_the_last_job_of_those_tasks()
    {
        using var factory = new VendorSimFactory(new Dictionary<string, string?> { ["VendorSim:Rodin:FailJobEveryNthTask"] = "2" });
        using var rodin = factory.CreateRodinClient();

        var first = await rodin.SubmitTextAsync();
        var second = await rodin.SubmitTextAsync();
        var third = await rodin.SubmitTextAsync();

        Assert.Equal(["Done", "Done"], await rodin.JobStatusesAsync(first));
        Assert.Equal(["Done", "Failed"], await rodin.JobStatusesAsync(second));
        Assert.Equal(["Done", "Done"], await rodin.JobStatusesAsync(third));
    }

    [Fact]
    public async Task Failure_probability_one_fails_every_task()
    {
        using var factory = new VendorSimFactory(new Dictionary<string, string?> { ["VendorSim:Rodin:FailJobProbability"] = "1" });
        using var rodin = factory.CreateRodinClient();

        var task = await rodin.SubmitTextAsync();

        Assert.Equal(["Done", "Failed"], await rodin.JobStatusesAsync(task));
    }

    [Fact]
    public async Task Reset_clears_faults_tasks_and_balance()
    {
        using var rodin = RodinTestClient.Start();
        var task = await rodin.SubmitTextAsync();
        await rodin.EnqueueFaultsAsync("""{"kind":"stall"}""");

        using var reset = await rodin.Http.PostAsync(new Uri("/_sim/rodin/reset", UriKind.Relative), null);

        Assert.Equal(204, (int)reset.StatusCode);
        Assert.Equal(100m, await rodin.BalanceAsync());
        Assert.Equal("INVALID_REQUEST", (await rodin.DownloadAsync(task.GetProperty("uuid").GetString()!)).Body.GetProperty("error").GetString());
        Assert.Equal(["Done", "Done"], await rodin.JobStatusesAsync(await rodin.SubmitTextAsync()));
    }
}
