using System.Diagnostics.CodeAnalysis;
using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules;

/// <summary>How every adapter turns a request into its vendor's call parameters: the vendor's rules first, then the mapping.</summary>
public static class VendorParameterResolution
{
    /// <summary>
    /// Checks <paramref name="request"/> against <paramref name="rules"/> and, when it breaks none, maps it with
    /// <paramref name="resolve"/> (which may still add errors, e.g. while reading vendor options); false (with errors) when it breaks a rule.
    /// </summary>
    public static bool TryResolve<TParameters>(
        this IVendorRequestRules rules,
        GenerationRequested request,
        RequestValidationErrors errors,
        Func<GenerationRequested, RequestValidationErrors, TParameters> resolve,
        [NotNullWhen(true)] out TParameters? parameters)
        where TParameters : class
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(resolve);

        rules.Validate(request, errors);
        if (errors.HasErrors)
        {
            parameters = null;
            return false;
        }

        parameters = resolve(request, errors);
        return true;
    }
}
