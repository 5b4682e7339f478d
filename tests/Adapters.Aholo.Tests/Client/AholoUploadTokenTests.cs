namespace GenerationGateway.Adapters.Aholo.Tests.Client;

public sealed class AholoUploadTokenTests
{
    [Theory]
    [InlineData("ous-sg.kujiale.com", "https", "https://ous-sg.kujiale.com/")]
    [InlineData("127.0.0.1:5080/aholo", "http", "http://127.0.0.1:5080/aholo")]
    public void A_bare_global_domain_takes_the_upload_scheme(string domain, string scheme, string expected) =>
        Assert.Equal(new Uri(expected), AholoUploadToken.OriginOf(domain, scheme));

    [Theory]
    [InlineData("http://localhost:5080/aholo")]
    [InlineData("https://upload.example.test")]
    public void A_global_domain_that_is_an_origin_is_used_as_it_is(string domain) =>
        Assert.Equal(new Uri(domain), AholoUploadToken.OriginOf(domain, "https"));

    [Theory]
    [InlineData("ous-sg.kujiale.com", "https://ous-sg.kujiale.com/ous/api/v2/single/upload")]
    [InlineData("127.0.0.1:5080/aholo/", "https://127.0.0.1:5080/aholo/ous/api/v2/single/upload")]
    [InlineData("http://localhost:5080/aholo/", "http://localhost:5080/aholo/ous/api/v2/single/upload")]
    public void Upload_host_paths_hang_under_ous_api_v2(string domain, string expected) =>
        Assert.Equal(new Uri(expected), new AholoUploadToken("t", AholoUploadToken.OriginOf(domain, "https"), 1024).Endpoint("single/upload"));

    [Theory]
    [InlineData("https://openapi.kujiale.com/v2/aholo/", null, "https")]
    [InlineData("http://localhost:5080/aholo/v2/aholo/", null, "http")]
    [InlineData("http://localhost:5080/aholo/v2/aholo/", "https", "https")]
    public void The_upload_scheme_defaults_to_the_api_base_urls(string baseUrl, string? setting, string expected) =>
        Assert.Equal(expected, new AholoOptions { BaseUrl = new Uri(baseUrl), UploadScheme = setting }.EffectiveUploadScheme);
}
