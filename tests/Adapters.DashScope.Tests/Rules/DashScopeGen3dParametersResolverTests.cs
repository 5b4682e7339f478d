using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.DashScope;

namespace GenerationGateway.Adapters.DashScope.Tests.Rules;

public sealed class DashScopeGen3dParametersResolverTests
{
    [Fact]
    public void Resolves_the_submit_body_from_a_valid_request()
    {
        var errors = new RequestValidationErrors();

        Assert.True(DashScopeGen3dParametersResolver.TryResolve(DashScopeRequests.Photo(), errors, out var parameters));
        Assert.Equal(new Uri(DashScopeRequests.PhotoUrl), parameters.ImageUrl);
        Assert.Equal("motionshop-gen3d", DashScopeRequestRules.Model);
    }

    [Fact]
    public void Does_not_resolve_a_request_that_breaks_a_rule()
    {
        var errors = new RequestValidationErrors();

        Assert.False(DashScopeGen3dParametersResolver.TryResolve(DashScopeRequests.Photo("ftp://x/y.jpg"), errors, out var parameters));
        Assert.Null(parameters);
        Assert.Contains("inputs.images[0].url", errors.ToString(), StringComparison.Ordinal);
    }
}
