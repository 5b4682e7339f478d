using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Support;

/// <summary>The create parameters of requests that pass the rules.</summary>
static class HunyuanParameters
{
    /// <summary>The parameters a valid request resolves to.</summary>
    public static HunyuanGenerateParameters Resolve(GenerationRequested request)
    {
        var errors = new RequestValidationErrors();
        Assert.True(HunyuanParametersResolver.TryResolve(request, errors, out var parameters), errors.ToString());
        return parameters;
    }
}
