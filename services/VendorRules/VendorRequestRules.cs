using System.Collections.Frozen;
using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules;

/// <summary>
/// What every vendor's rules share: the vendor as intake knows it, and the first check of a request (a kind the
/// vendor does not do is the one error; its own rules then check the rest).
/// </summary>
/// <param name="vendor">The vendor key (<see cref="IVendorRequestRules.Vendor"/>).</param>
/// <param name="schemaName">The vendor's name in the OpenAPI document.</param>
/// <param name="vendorOptionsType">The type <c>vendorOptions</c> is read into; null when the vendor takes none.</param>
/// <param name="supportedKinds">The kinds the vendor does.</param>
public abstract class VendorRequestRules(string vendor, string schemaName, Type? vendorOptionsType, params TaskKind[] supportedKinds)
    : IVendorRequestRules
{
    public string Vendor { get; } = vendor;

    public string SchemaName { get; } = schemaName;

    public Type? VendorOptionsType { get; } = vendorOptionsType;

    public IReadOnlySet<TaskKind> SupportedKinds { get; } = supportedKinds.ToFrozenSet();

    public void Validate(GenerationRequested request, RequestValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);

        if (!SupportedKinds.Contains(request.Kind))
        {
            errors.Add("kind", UnsupportedKind(request.Kind));
            return;
        }

        ValidateSupported(request, errors);
    }

    /// <summary>The <c>kind</c> error for a kind the vendor does not do.</summary>
    protected abstract string UnsupportedKind(TaskKind kind);

    /// <summary>The vendor's own rules, for a request of a kind it does: an error per broken rule.</summary>
    protected abstract void ValidateSupported(GenerationRequested request, RequestValidationErrors errors);
}
