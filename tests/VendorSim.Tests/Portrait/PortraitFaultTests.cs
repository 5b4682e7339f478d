using System.Net.Http.Json;

namespace GenerationGateway.VendorSim.Tests.Portrait;

public sealed class PortraitFaultTests
{
    [Fact]
    public async Task A_gateway_error_is_403_quota_exhausted_with_an_empty_body_by_default()
    {
        using var portrait = PortraitTestClient.Start();
        await portrait.EnqueueFaultsAsync("""{"kind":"gateway-error"}""");

        var refused = await portrait.StylesAsync();
        var next = await portrait.StylesAsync();

        Assert.Equal(403, refused.Status);
        Assert.Equal("Quota Exhausted", refused.GatewayMessage);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, refused.Json.ValueKind);
        Assert.Equal(0, next.Ret);
    }

    [Fact]
    public async Task A_fault_for_one_endpoint_waits_for_that_endpoint()
    {
        using var portrait = PortraitTestClient.Start();
        await portrait.EnqueueFaultsAsync("""{"kind":"business-error","ret":42,"message":"no face found","endpoint":"upload"}""");

        var styles = await portrait.StylesAsync();
        var upload = await portrait.UploadAsync();

        Assert.Equal(0, styles.Ret);
        Assert.Equal(42, upload.Ret);
        Assert.Equal("no face found", upload.Json.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task An_http_status_fault_answers_that_status_without_the_gateway_header()
    {
        using var portrait = PortraitTestClient.Start();
        await portrait.EnqueueFaultsAsync("""{"kind":"http-status","status":502,"endpoint":"task-query"}""");

        using var response = await portrait.Http.PostAsJsonAsync(new Uri("/portrait/cloud/aigc_task_query", UriKind.Relative), new { task_id = "x" });

        Assert.Equal(502, (int)response.StatusCode);
        Assert.False(response.Headers.Contains("X-Ca-Error-Message"));
    }

    [Fact]
    public async Task A_stalled_task_never_leaves_running()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient();
        await portrait.EnqueueFaultsAsync("""{"kind":"stall"}""");

        var (taskId, _) = await portrait.TrainAsync();
        factory.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(2, (await portrait.QueryAsync(taskId)).OkBody.GetProperty("state").GetInt32());
    }

    [Fact]
    public async Task A_bad_fault_is_refused_naming_the_field()
    {
        using var portrait = PortraitTestClient.Start();

        using var response = await portrait.Http.PostAsJsonAsync(new Uri("/_sim/portrait/faults", UriKind.Relative),
            new object[] { new { kind = "gateway-error" }, new { kind = "http-status", status = 200 }, new { kind = "nonsense" } });
        var problem = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("[1].status", problem, StringComparison.Ordinal);
        Assert.Contains("[2].kind", problem, StringComparison.Ordinal);
    }
}
