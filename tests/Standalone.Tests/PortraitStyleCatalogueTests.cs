namespace GenerationGateway.Standalone.Tests;

/// <summary><c>GET /v1/vendors/portrait/styles</c> on the standalone gateway, answered from the portrait simulator.</summary>
public sealed class PortraitStyleCatalogueTests : StandaloneGatewayTest
{
    static readonly byte[] PngMagic = [0x89, (byte)'P', (byte)'N', (byte)'G'];


    [Fact]
    public async Task The_style_catalogue_lists_the_vendor_styles_with_fetchable_templates()
    {
        var catalogue = await Api.GetJsonAsync("v1/vendors/portrait/styles");

        Assert.Equal("portrait", catalogue["vendor"]!.GetValue<string>());
        var styles = catalogue["styles"]!.AsArray();
        Assert.Equal(4, styles.Count);
        Assert.Contains(styles, style => style!["id"]!.GetValue<string>() == "20057d0c-8cef-447e-88d0-a8f3490fd0b0");
        Assert.All(styles, style => Assert.False(string.IsNullOrWhiteSpace(style!["name"]!.GetValue<string>())));
        var template = await Api.GetBytesAsync(styles[0]!["templateUrl"]!.GetValue<string>());
        Assert.Equal(PngMagic, template[..4]);

        var query = Assert.Single(await Api.VendorRequestsAsync("portrait"), entry => entry["path"]!.GetValue<string>() == "/portrait/cloud/aigc_product_brief_query");
        Assert.Equal(("APPCODE", 200), (query["authorizationScheme"]!.GetValue<string>(), query["responseStatus"]!.GetValue<int>()));
    }
}
