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
    public static bool TryResolve(GenerationRequested request, RequestValidationErrors errors, [NotNullWhen(true)] out DashScopeGen3dParameters? parameters)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);

        Rules.Validate(request, errors);
        if (errors.HasErrors)
        {
            parameters = null;
            return false;
        }

        parameters = new DashScopeGen3dParameters { ImageUrl = new Uri(request.Inputs.Images[0].Url!, UriKind.Absolute) };
        return true;
    }
}
