using System.Net.Http.Headers;
using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.Rodin;

public sealed class RodinAuthenticationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Rejects_a_missing_or_wrong_key_with_401_user_not_found(string? apiKey)
    {
        using var factory = new VendorSimFactory();
        using var rodin = factory.CreateRodinClient(apiKey);

        var (status, body) = await rodin.SubmitAsync(0, ("prompt", "a chair"));

        Assert.Equal(401, status);
        Assert.Equal("USER_NOT_FOUND", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Every_api_route_requires_the_key()
    {
        using var factory = new VendorSimFactory();
        using var rodin = factory.CreateRodinClient(apiKey: null);

        var statuses = new[]
        {
            (await rodin.StatusAsync("x")).Status,
            (await rodin.DownloadAsync("x")).Status,
            (int)(await rodin.Http.GetAsync(new Uri("/rodin/api/v2/check_balance", UriKind.Relative))).StatusCode,
        };

        Assert.All(statuses, s => Assert.Equal(401, s));
    }

    [Fact]
    public async Task Accepts_the_configured_key_only_with_the_bearer_scheme()
    {
        using var rodin = RodinTestClient.Start();

        Assert.Equal(100m, await rodin.BalanceAsync());
        rodin.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", VendorSimFactory.ApiKey);
        using var response = await rodin.Http.GetAsync(new Uri("/rodin/api/v2/check_balance", UriKind.Relative));
        Assert.Equal(401, (int)response.StatusCode);
    }

    [Fact]
    public async Task Download_urls_work_without_the_key()
    {
        using var factory = new VendorSimFactory();
        using var rodin = factory.CreateRodinClient();
        var list = await rodin.DownloadListAsync(await rodin.SubmitTextAsync());

        using var anonymous = factory.CreateClient();
        using var response = await anonymous.GetAsync(list[0].Url);

        Assert.Equal(200, (int)response.StatusCode);
    }
}
