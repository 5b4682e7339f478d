using System.Diagnostics.CodeAnalysis;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.DashScope;

namespace GenerationGateway.Adapters.DashScope;

/// <summary>Turns a request into the <c>motionshop-gen3d</c> submit, after checking it against <see cref="DashScopeRequestRules"/>.</summary>
public static class DashScopeGen3dParametersResolver
{
    static readonly DashScopeRequestRules Rules = new();

    /// <summary>False (with errors) when the request breaks a rule.</summary>
    public static bool TryResolve(GenerationRequested request, RequestValidationErrors errors, [NotNullWhen(true)] out DashScopeGen3dParameters? parameters) =>
        Rules.TryResolve(request, errors, (valid, _) => new DashScopeGen3dParameters { ImageUrl = new Uri(valid.Inputs.Images[0].Url!, UriKind.Absolute) }, out parameters);
}
