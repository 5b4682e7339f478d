using System.Text.Json;
using System.Text.Json.Nodes;
using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.SeaArt;

/// <summary><c>GET /v1/generation/task/{id}</c>: progress from 0 to 1, then the completed task's resources and usage.</summary>
public sealed class SeaArtTaskTests : SeaArtSimTests
{
    [Fact]
    public async Task Progress_is_a_fraction_that_rises_while_in_progress()
    {
        var id = await SeaArt.CreateTaskAsync();

        var queued = await SeaArt.TaskBodyAsync(id);
        Factory.Clock.Advance(TimeSpan.FromSeconds(2));
        var quarter = await SeaArt.TaskBodyAsync(id);
        Factory.Clock.Advance(TimeSpan.FromSeconds(2.8));
        var almost = await SeaArt.TaskBodyAsync(id);

        Assert.Equal(("in_progress", 0.0), (queued.GetProperty("status").GetString(), queued.GetProperty("progress").GetDouble()));
        Assert.Equal(0.25, quarter.GetProperty("progress").GetDouble());
        Assert.Equal(0.95, almost.GetProperty("progress").GetDouble());
        Assert.False(queued.TryGetProperty("output", out _));
    }

    [Fact]
    public async Task A_completed_task_lists_a_glb_and_an_obj_zip_whose_type_says_glb()
    {
        var id = await SeaArt.CreateTaskAsync();
        Factory.Clock.Advance(TimeSpan.FromSeconds(5));

        var task = await SeaArt.TaskBodyAsync(id);

        Assert.Equal("completed", task.GetProperty("status").GetString());
        Assert.False(task.TryGetProperty("progress", out _));
        var contents = task.GetProperty("output")[0].GetProperty("content").EnumerateArray().ToList();
        Assert.Equal(
            [("glb", "glb", "model.glb"), ("glb", "obj", "model.zip")],
            contents.Select(x => (x.GetProperty("type").GetString(), x.GetProperty("format").GetString(), Path.GetFileName(new Uri(x.GetProperty("url").GetString()!).AbsolutePath))));
        Assert.All(contents, x => Assert.EndsWith("/preview.png", x.GetProperty("preview_url").GetString(), StringComparison.Ordinal));
        Assert.Single(contents.Select(x => x.GetProperty("jobId").GetString()).Distinct());
        Assert.Matches("^[0-9]{19}$", contents[0].GetProperty("jobId").GetString());
        Assert.True(task.GetProperty("metadata").TryGetProperty("completed_at", out _));
    }

    [Fact]
    public async Task Usage_carries_the_cost_in_dollars_and_the_upstream_credits()
    {
        var normal = await SeaArt.CreateTaskAsync();
        var geometry = await SeaArt.CreateTaskAsync(new JsonObject { ["generate_type"] = "Geometry", ["prompt"] = "an owl" });
        var multiView = await SeaArt.CreateTaskAsync(new JsonObject
        {
            ["image_url"] = "https://img.test/f.png",
            ["multi_view_images"] = new JsonArray(new JsonObject { ["ViewType"] = "back", ["ViewImageUrl"] = "https://img.test/b.png" }),
        });
        Factory.Clock.Advance(TimeSpan.FromSeconds(5));

        async Task<(string?, int, int)> UsageOf(string id)
        {
            var usage = (await SeaArt.TaskBodyAsync(id)).GetProperty("usage");
            return (usage.GetProperty("cost").GetString(), usage.GetProperty("quantity").GetInt32(), usage.GetProperty("extra_info").GetProperty("ResultCreditConsumed").GetInt32());
        }

        Assert.Equal(("0.4", 1, 20), await UsageOf(normal));
        Assert.Equal(("0.3", 1, 15), await UsageOf(geometry));
        Assert.Equal(("0.6", 1, 30), await UsageOf(multiView));
    }

    [Fact]
    public async Task A_geometry_task_lists_its_glb_only()
    {
        var id = await SeaArt.CreateTaskAsync(new JsonObject { ["generate_type"] = "Geometry", ["prompt"] = "an owl" });
        Factory.Clock.Advance(TimeSpan.FromSeconds(5));

        var task = await SeaArt.TaskBodyAsync(id);

        var content = Assert.Single(task.GetProperty("output")[0].GetProperty("content").EnumerateArray());
        Assert.Equal("glb", content.GetProperty("format").GetString());
    }

    [Fact]
    public async Task An_unknown_task_is_404_task_not_found()
    {
        var (status, body) = await SeaArt.TaskAsync("abcdefghij0123456789");

        Assert.Equal(404, status);
        Assert.Equal("Task not found", body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Records_requests_under_the_seaart_vendor()
    {
        await SeaArt.CreateTaskAsync();

        var (status, log) = await SimulatorAnswer.ReadAsync(await SeaArt.Http.GetAsync(new Uri("/_sim/requests?vendor=seaart", UriKind.Relative)));

        Assert.Equal(200, status);
        var entry = Assert.Single(log.EnumerateArray());
        Assert.Equal(("POST", "/seaart/model/v1/generation", "Bearer"), (entry.GetProperty("method").GetString(), entry.GetProperty("path").GetString(), entry.GetProperty("authorizationScheme").GetString()));
        Assert.Equal(JsonValueKind.Object, entry.GetProperty("jsonBody").ValueKind);
    }
}
