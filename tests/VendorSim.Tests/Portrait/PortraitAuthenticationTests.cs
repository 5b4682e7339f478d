namespace GenerationGateway.VendorSim.Tests.Portrait;

public sealed class PortraitAuthenticationTests
{
    [Fact]
    public async Task A_call_without_an_appcode_is_refused_by_the_gateway_with_its_error_header()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient(appCode: null);

        var answer = await portrait.StylesAsync();

        Assert.Equal(401, answer.Status);
        Assert.Equal("Empty AppCode", answer.GatewayMessage);
    }

    [Fact]
    public async Task A_wrong_appcode_is_refused()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient("not-the-code");

        var answer = await portrait.StylesAsync();

        Assert.Equal(401, answer.Status);
        Assert.Equal("Invalid AppCode", answer.GatewayMessage);
    }

    [Fact]
    public async Task The_appcode_header_or_query_parameter_is_accepted()
    {
        using var factory = new PortraitSimFactory();
        using var withHeader = factory.CreatePortraitClient();
        using var withQuery = factory.CreatePortraitClient(appCode: null);

        var byHeader = await withHeader.StylesAsync();
        var byQuery = PortraitTestClient.ReadAsync(await withQuery.Http.GetAsync(
            new Uri($"/portrait/cloud/aigc_product_brief_query?AppCode={PortraitSimFactory.AppCode}", UriKind.Relative)));

        Assert.Equal(0, byHeader.Ret);
        Assert.Equal(0, (await byQuery).Ret);
    }
}
