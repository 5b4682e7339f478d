using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GenerationGateway.VendorSim.Tests.DashScope;

namespace GenerationGateway.VendorSim.Tests.Seeds;

/// <summary>Seed 002's two curl calls, byte for byte (but the key), and the fields of its answer examples.</summary>
public sealed class Seed002DashScopeCurlTests
{
    [Fact]
    public async Task The_submit_and_the_task_query_answer_the_seeds_examples_shapes()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        using var http = factory.CreateClient();
        using var submit = new HttpRequestMessage(HttpMethod.Post, "/dashscope/api/v1/services/aigc/video-generation/3d-generation")
        {
            Content = new StringContent("{\n\"model\": \"motionshop-gen3d\",\n\"input\": {\n\"image_url\": \"http://a/a.jpg\"\n}\n}", Encoding.UTF8, "application/json"),
        };
        submit.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DashScopeTestClient.ApiKey);
        submit.Headers.Add("X-Dashscope-Async", "enable");

        using var submitted = await http.SendAsync(submit);
        var answer = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(200, (int)submitted.StatusCode);
        Assert.Equal("PENDING", answer.GetProperty("output").GetProperty("task_status").GetString());
        var taskId = answer.GetProperty("output").GetProperty("task_id").GetString()!;
        Assert.Equal(JsonValueKind.String, answer.GetProperty("request_id").ValueKind);

        factory.Clock.Advance(DashScopeTestClient.Pending + DashScopeTestClient.Running);
        using var query = new HttpRequestMessage(HttpMethod.Get, $"/dashscope/api/v1/tasks/{taskId}");
        query.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DashScopeTestClient.ApiKey);
        using var queried = await http.SendAsync(query);
        var task = JsonDocument.Parse(await queried.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(200, (int)queried.StatusCode);
        Assert.Equal(JsonValueKind.String, task.GetProperty("request_id").ValueKind);
        Assert.Equal(taskId, task.GetProperty("output").GetProperty("task_id").GetString());
        Assert.Equal("SUCCEEDED", task.GetProperty("output").GetProperty("task_status").GetString());
        Assert.Equal(JsonValueKind.String, task.GetProperty("output").GetProperty("ply_url").ValueKind);
        Assert.Equal(1, task.GetProperty("usage").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task An_empty_image_url_is_the_seeds_400_invalid_parameter()
    {
        using var dashScope = DashScopeTestClient.Start();

        var (status, body) = await dashScope.SubmitAsync(new { model = "motionshop-gen3d", input = new { image_url = "" } });

        Assert.Equal(400, status);
        Assert.Equal("InvalidParameter", body.GetProperty("code").GetString());
    }
}
