namespace GenerationGateway.Adapters.Aholo.Tests.Client;

public sealed class AholoUploadTokenTests
{
    [Fact]
    public void A_bare_global_domain_is_an_https_host() =>
        Assert.Equal(new Uri("https://ous-sg.kujiale.com/"), AholoUploadToken.OriginOf("ous-sg.kujiale.com"));

    [Theory]
    [InlineData("http://localhost:5080/aholo")]
    [InlineData("https://upload.example.test")]
    public void A_global_domain_that_is_an_origin_is_used_as_it_is(string domain) =>
        Assert.Equal(new Uri(domain), AholoUploadToken.OriginOf(domain));

    [Theory]
    [InlineData("ous-sg.kujiale.com", "https://ous-sg.kujiale.com/ous/api/v2/single/upload")]
    [InlineData("http://localhost:5080/aholo/", "http://localhost:5080/aholo/ous/api/v2/single/upload")]
    public void Upload_host_paths_hang_under_ous_api_v2(string domain, string expected) =>
        Assert.Equal(new Uri(expected), new AholoUploadToken("t", AholoUploadToken.OriginOf(domain), 1024).Endpoint("single/upload"));
}
