using GenerationGateway.VendorSim.RequestLog;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.VendorSim.Tests.DashScope;

public sealed class DashScopeSubmitTests
{
    [Fact]
    public async Task Submit_answers_a_pending_task_with_uuid_ids()
    {
        using var dashscope = DashScopeTestClient.Start();

        var (status, body) = await dashscope.SubmitAsync(new { model = "motionshop-gen3d", input = new { image_url = DashScopeTestClient.PhotoUrl } });

        Assert.Equal(200, status);
        Assert.Equal("PENDING", body.GetProperty("output").GetProperty("task_status").GetString());
        Assert.True(Guid.TryParse(body.GetProperty("output").GetProperty("task_id").GetString(), out _));
        Assert.True(Guid.TryParse(body.GetProperty("request_id").GetString(), out _));
    }

    [Fact]
    public async Task A_synchronous_call_is_access_denied()
    {
        using var dashscope = DashScopeTestClient.Start();

        var (status, body) = await dashscope.SubmitAsync(new { model = "motionshop-gen3d", input = new { image_url = DashScopeTestClient.PhotoUrl } }, asynchronous: false);

        Assert.Equal(403, status);
        Assert.Equal("AccessDenied", body.GetProperty("code").GetString());
        Assert.True(Guid.TryParse(body.GetProperty("request_id").GetString(), out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task A_missing_or_wrong_key_is_an_invalid_api_key(string? key)
    {
        using var factory = DashScopeTestClient.CreateFactory();
        using var dashscope = new DashScopeTestClient(factory, key);

        var (status, body) = await dashscope.SubmitAsync(new { model = "motionshop-gen3d", input = new { image_url = DashScopeTestClient.PhotoUrl } });

        Assert.Equal((401, "InvalidApiKey", "Invalid API-key provided."), (status, body.GetProperty("code").GetString(), body.GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData("", 400, "InvalidParameter", "Image_url can not be empty.")]
    [InlineData("ftp://images.test/person.jpg", 400, "InvalidParameter", "Failed to download image, url ftp://images.test/person.jpg.")]
    [InlineData("/home/me/person.jpg", 400, "InvalidParameter", "Failed to download image, url /home/me/person.jpg.")]
    public async Task The_photo_must_be_an_http_link(string url, int expectedStatus, string code, string message)
    {
        using var dashscope = DashScopeTestClient.Start();

        var (status, body) = await dashscope.SubmitAsync(new { model = "motionshop-gen3d", input = new { image_url = url } });

        Assert.Equal((expectedStatus, code, message), (status, body.GetProperty("code").GetString(), body.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_missing_input_is_an_empty_image_url()
    {
        using var dashscope = DashScopeTestClient.Start();

        var (status, body) = await dashscope.SubmitAsync(new { model = "motionshop-gen3d" });

        Assert.Equal((400, "Image_url can not be empty."), (status, body.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Another_model_is_not_found()
    {
        using var dashscope = DashScopeTestClient.Start();

        var (status, body) = await dashscope.SubmitAsync(new { model = "motionshop-synthesis", input = new { image_url = DashScopeTestClient.PhotoUrl } });

        Assert.Equal((404, "ModelNotFound"), (status, body.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Submits_are_recorded_under_the_dashscope_vendor()
    {
        using var factory = DashScopeTestClient.CreateFactory();
        using var dashscope = new DashScopeTestClient(factory);

        var taskId = await dashscope.SubmitPhotoAsync();

        var recorded = Assert.Single(factory.Services.GetRequiredService<SimulatorRequestLog>().Snapshot("dashscope"));
        Assert.Equal(("POST", "/dashscope/api/v1/services/aigc/video-generation/3d-generation", 200, "Bearer"),
            (recorded.Method, recorded.Path, recorded.ResponseStatus, recorded.AuthorizationScheme));
        Assert.Equal(DashScopeTestClient.PhotoUrl, recorded.JsonBody!.Value.GetProperty("input").GetProperty("image_url").GetString());
        Assert.NotEmpty(taskId);
    }
}
