using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules;

/// <summary>
/// A vendor as intake knows it: its key, the kinds it does and its rules for a request, checked at intake (before
/// anything is paid) and again by the adapter. The key is defined here once; the adapter's module reads it from here.
/// </summary>
public interface IVendorRequestRules
{
    /// <summary>The vendor key: the <c>vendor</c> of a request, its routing key on the bus and the prefix of its queues.</summary>
    string Vendor { get; }

    /// <summary>The vendor's name in the OpenAPI document (<c>{SchemaName}GenerationRequest</c>, <c>{SchemaName}VendorOptions</c>).</summary>
    string SchemaName { get; }

    /// <summary>The type the rules read <c>vendorOptions</c> into (described in the OpenAPI document); null when the vendor takes none.</summary>
    Type? VendorOptionsType { get; }

    IReadOnlySet<TaskKind> SupportedKinds { get; }

    /// <summary>Adds an error per broken rule, named by the request field (JSON path, camelCase).</summary>
    void Validate(GenerationRequested request, RequestValidationErrors errors);
}
