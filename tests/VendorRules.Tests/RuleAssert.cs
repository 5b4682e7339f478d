using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Tests;

/// <summary>
/// Checks requests against one vendor's request rules, as intake does. A test class keeps one:
/// <c>static readonly RuleAssert Rules = new(new RodinRequestRules());</c>
/// </summary>
sealed class RuleAssert(IVendorRequestRules rules)
{
    /// <summary>The broken rules, keyed by the request field (JSON path, camelCase).</summary>
    public IDictionary<string, string[]> Errors(GenerationRequested request)
    {
        var errors = new RequestValidationErrors();
        rules.Validate(request, errors);
        return errors.ToDictionary();
    }

    public void Valid(GenerationRequested request)
    {
        var errors = Errors(request);
        Assert.True(errors.Count == 0, Describe(errors));
    }

    /// <summary>The request breaks exactly the rules keyed by <paramref name="fields"/>.</summary>
    public void Invalid(GenerationRequested request, params string[] fields)
    {
        var errors = Errors(request);
        Assert.True(
            fields.Order(StringComparer.Ordinal).SequenceEqual(errors.Keys.Order(StringComparer.Ordinal)),
            $"Expected errors on [{string.Join(", ", fields)}], got: {Describe(errors)}");
    }

    static string Describe(IDictionary<string, string[]> errors) =>
        string.Join("; ", errors.Select(x => $"{x.Key}: {string.Join(" ", x.Value)}"));
}
