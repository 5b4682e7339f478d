namespace GenerationGateway.VendorRules;

/// <summary>The vendors this deployment knows, by key.</summary>
public sealed class VendorRulesCatalog
{
    readonly Dictionary<string, IVendorRequestRules> _rules;

    public VendorRulesCatalog(IEnumerable<IVendorRequestRules> rules)
    {
        _rules = rules.ToDictionary(rule => rule.Vendor, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Vendors => _rules.Keys;

    public bool TryGet(string vendor, out IVendorRequestRules rules) =>
        _rules.TryGetValue(vendor, out rules!);
}
