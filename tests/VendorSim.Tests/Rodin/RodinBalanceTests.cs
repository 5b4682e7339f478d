using System.Net.Http.Json;
using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.Rodin;

public sealed class RodinBalanceTests
{
    [Theory]
    [InlineData("Regular", null, 0.5)]
    [InlineData("Gen-2.5-High", null, 0.5)]
    [InlineData("Gen-2.5-Extreme-High", null, 1.0)]
    [InlineData("Gen-2", "HighPack", 1.5)]
    [InlineData("Gen-2.5-Extreme-High", "HighPack", 2.0)]
    public async Task Create_deducts_the_tier_price_plus_highpack(string tier, string? addon, double cost)
    {
        using var factory = new VendorSimFactory(new Dictionary<string, string?> { ["VendorSim:Rodin:InitialBalance"] = "10" });
        using var rodin = factory.CreateRodinClient();

        await rodin.SubmitTextAsync(addon is null ? [("tier", tier)] : [("tier", tier), ("addons", addon)]);

        Assert.Equal(10m - (decimal)cost, await rodin.BalanceAsync());
    }

    [Fact]
    public async Task Raw_mesh_on_gen1_drops_highpack_and_its_price()
    {
        using var factory = new VendorSimFactory(new Dictionary<string, string?> { ["VendorSim:Rodin:InitialBalance"] = "10" });
        using var rodin = factory.CreateRodinClient();

        await rodin.SubmitTextAsync(("tier", "Detail"), ("mesh_mode", "Raw"), ("addons", "HighPack"));

        Assert.Equal(9.5m, await rodin.BalanceAsync());
    }

    [Fact]
    public async Task Insufficient_fund_when_the_balance_is_below_the_cost_and_nothing_is_charged()
    {
        using var factory = new VendorSimFactory(new Dictionary<string, string?> { ["VendorSim:Rodin:InitialBalance"] = "1.0" });
        using var rodin = factory.CreateRodinClient();

        await rodin.SubmitTextAsync(("tier", "Gen-2"));
        var (status, body) = await rodin.SubmitAsync(0, ("prompt", "a chair"), ("tier", "Gen-2"), ("addons", "HighPack"));

        Assert.Equal(200, status);
        Assert.Equal("INSUFFICIENT_FUND", body.GetProperty("error").GetString());
        Assert.Equal(0.5m, await rodin.BalanceAsync());
        await rodin.SubmitTextAsync(("tier", "Gen-2"));
        Assert.Equal(0m, await rodin.BalanceAsync());
        Assert.Equal("INSUFFICIENT_FUND", (await rodin.SubmitAsync(0, ("prompt", "a chair"))).Body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Check_balance_answers_get_and_post()
    {
        using var factory = new VendorSimFactory(new Dictionary<string, string?> { ["VendorSim:Rodin:InitialBalance"] = "12" });
        using var rodin = factory.CreateRodinClient();

        var (status, body) = await SimulatorAnswer.ReadAsync(await rodin.Http.PostAsync(new Uri("/rodin/api/v2/check_balance", UriKind.Relative), null));

        Assert.Equal(200, status);
        Assert.Equal(12m, body.GetProperty("balance").GetDecimal());
        Assert.Equal(12m, await rodin.BalanceAsync());
    }

    [Fact]
    public async Task Control_api_sets_the_balance()
    {
        using var rodin = RodinTestClient.Start();

        using var response = await rodin.Http.PutAsJsonAsync(new Uri("/_sim/rodin/balance", UriKind.Relative), new { balance = 0.25m });

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(0.25m, await rodin.BalanceAsync());
        Assert.Equal("INSUFFICIENT_FUND", (await rodin.SubmitAsync(0, ("prompt", "a chair"))).Body.GetProperty("error").GetString());
    }
}
