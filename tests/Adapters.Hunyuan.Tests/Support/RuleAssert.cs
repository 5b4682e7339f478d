using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Support;

static class RuleAssert
{
    public static IDictionary<string, string[]> Errors(GenerationRequested request)
    {
        var errors = new RequestValidationErrors();
        new HunyuanRequestRules().Validate(request, errors);
        return errors.ToDictionary();
    }

    public static void Valid(GenerationRequested request)
    {
        var errors = Errors(request);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(x => $"{x.Key}: {string.Join(" ", x.Value)}")));
    }

    /// <summary>The request breaks exactly the rules keyed by <paramref name="fields"/>.</summary>
    public static void Invalid(GenerationRequested request, params string[] fields)
    {
        var errors = Errors(request);
        Assert.True(
            fields.Order(StringComparer.Ordinal).SequenceEqual(errors.Keys.Order(StringComparer.Ordinal)),
            $"Expected errors on [{string.Join(", ", fields)}], got: {string.Join("; ", errors.Select(x => $"{x.Key}: {string.Join(" ", x.Value)}"))}");
    }

    /// <summary>The parameters a valid request resolves to.</summary>
    public static HunyuanGenerateParameters Resolve(GenerationRequested request)
    {
        var errors = new RequestValidationErrors();
        Assert.True(HunyuanParametersResolver.TryResolve(request, errors, out var parameters), errors.ToString());
        return parameters;
    }
}
