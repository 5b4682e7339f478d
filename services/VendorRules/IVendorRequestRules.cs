using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules;

/// <summary>A vendor's own rules for a request, checked at intake (before anything is paid) and again by the adapter.</summary>
public interface IVendorRequestRules
{
    string Vendor { get; }

    IReadOnlySet<TaskKind> SupportedKinds { get; }

    /// <summary>Adds an error per broken rule, named by the request field (JSON path, camelCase).</summary>
    void Validate(GenerationRequested request, RequestValidationErrors errors);
}
