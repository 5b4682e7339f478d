using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Aholo;

namespace GenerationGateway.Adapters.Aholo.Tests.Rules;

static class RuleAssert
{
    public static IDictionary<string, string[]> Errors(GenerationRequested request)
    {
        var errors = new RequestValidationErrors();
        new AholoRequestRules().Validate(request, errors);
        return errors.ToDictionary();
    }

    public static void Valid(GenerationRequested request)
    {
        var errors = Errors(request);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(x => $"{x.Key}: {string.Join(" ", x.Value)}")));
    }

    /// <summary>The request breaks exactly the rules keyed by <paramref name="fields"/>.</summary>
    public static void Invalid(GenerationRequested request, params string[] fields) =>
        Assert.Equal(fields.Order(StringComparer.Ordinal), Errors(request).Keys.Order(StringComparer.Ordinal));
}
