using System.Collections.Frozen;
using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Portrait;

/// <summary>
/// The AI portrait (写真照) API's rules for a request (seed 004, VENDORS.md §5): a person (subject reference),
/// a style from the vendor's catalogue, and 8 to 20 training photos unless the request reuses the subject's
/// trained model. Which styles exist is only known to the vendor, so the adapter checks the style before paying.
/// </summary>
public sealed class PortraitRequestRules : IVendorRequestRules
{
    /// <summary>The vendor key: the <c>vendor</c> of a request, its routing key on the bus and the prefix of its queues.</summary>
    public const string Key = "portrait";

    public string Vendor => Key;

    public string SchemaName => "Portrait";

    public Type? VendorOptionsType => typeof(PortraitVendorOptions);

    public IReadOnlySet<TaskKind> SupportedKinds { get; } = new[] { TaskKind.PortraitPhotoSet }.ToFrozenSet();

    public void Validate(GenerationRequested request, RequestValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);

        if (!SupportedKinds.Contains(request.Kind))
        {
            errors.Add("kind", $"The portrait vendor does not do {request.Kind}.");
            return;
        }

        var options = PortraitVendorOptions.Read(request.VendorOptions, errors);
        PortraitInputRules.Validate(request.Inputs, options, errors);
        PortraitOptionRules.Validate(request.Options, errors);
    }
}
