using System.Text.Json;
using GenerationGateway.VendorSim.RequestLog;
using GenerationGateway.VendorSim.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.VendorSim.Tests.RequestLog;

public sealed class SimulatorRequestLogTests
{
    [Fact]
    public async Task Records_multipart_fields_files_and_authorization_presence()
    {
        using var factory = new VendorSimFactory();
        using var rodin = factory.CreateRodinClient();

        await rodin.SubmitAsync(2, ("prompt", "a chair"), ("addons", "HighPack"), ("bbox_condition", "[1,2,3]"));

        var entry = Assert.Single(factory.Services.GetRequiredService<SimulatorRequestLog>().Snapshot("rodin"));
        Assert.Equal("POST", entry.Method);
        Assert.Equal("/rodin/api/v2/rodin", entry.Path);
        Assert.True(entry.HasAuthorization);
        Assert.Equal("Bearer", entry.AuthorizationScheme);
        Assert.DoesNotContain(entry.Headers.Values, v => v.Contains(VendorSimFactory.ApiKey, StringComparison.Ordinal));
        Assert.StartsWith("multipart/form-data", entry.ContentType, StringComparison.Ordinal);
        Assert.Equal("a chair", entry.FormValue("prompt"));
        Assert.Equal("[1,2,3]", entry.FormValue("bbox_condition"));
        Assert.Equal(["HighPack"], entry.Form["addons"]);
        Assert.Equal([new RecordedFile("images", "view0.png", "image/png", 5), new RecordedFile("images", "view1.png", "image/png", 5)], entry.Files);
        Assert.Equal(201, entry.ResponseStatus);
    }

    [Fact]
    public async Task Records_json_bodies_and_rejected_requests()
    {
        using var factory = new VendorSimFactory();
        using var rodin = factory.CreateRodinClient(apiKey: null);

        await rodin.StatusAsync("key-123");

        var entry = Assert.Single(factory.Services.GetRequiredService<SimulatorRequestLog>().Snapshot());
        Assert.Equal("rodin", entry.Vendor);
        Assert.False(entry.HasAuthorization);
        Assert.Null(entry.AuthorizationScheme);
        Assert.Equal("key-123", entry.JsonBody?.GetProperty("subscription_key").GetString());
        Assert.Equal(401, entry.ResponseStatus);
    }

    [Fact]
    public async Task Http_api_lists_requests_in_order_filters_by_vendor_and_clears()
    {
        using var rodin = RodinTestClient.Start();
        var task = await rodin.SubmitTextAsync();
        var list = await rodin.DownloadListAsync(task);
        using (await rodin.Http.GetAsync(list[0].Url))
        {
        }

        using (await rodin.Http.GetAsync(new Uri("/health/live", UriKind.Relative)))
        {
        }

        var (status, body) = await SimulatorAnswer.ReadAsync(await rodin.Http.GetAsync(new Uri("/_sim/requests?vendor=rodin", UriKind.Relative)));
        Assert.Equal(200, status);
        Assert.Equal(
            ["/rodin/api/v2/rodin", "/rodin/api/v2/download", list[0].Url.AbsolutePath],
            body.EnumerateArray().Select(r => r.GetProperty("path").GetString()));
        Assert.Equal(task.GetProperty("uuid").GetString(), body[1].GetProperty("jsonBody").GetProperty("task_uuid").GetString());
        var (_, otherVendor) = await SimulatorAnswer.ReadAsync(await rodin.Http.GetAsync(new Uri("/_sim/requests?vendor=aholo", UriKind.Relative)));
        Assert.Equal(0, otherVendor.GetArrayLength());

        using var cleared = await rodin.Http.DeleteAsync(new Uri("/_sim/requests", UriKind.Relative));
        Assert.Equal(204, (int)cleared.StatusCode);
        var (_, after) = await SimulatorAnswer.ReadAsync(await rodin.Http.GetAsync(new Uri("/_sim/requests", UriKind.Relative)));
        Assert.Equal(JsonValueKind.Array, after.ValueKind);
        Assert.Equal(0, after.GetArrayLength());
    }
}
