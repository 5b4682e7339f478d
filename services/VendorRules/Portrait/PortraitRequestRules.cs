using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Portrait;

/// <summary>
/// The AI portrait (写真照) API's rules for a request (seed 004, docs/vendors/portrait.md): a person (subject reference),
/// a style from the vendor's catalogue, and 8 to 20 training photos unless the request reuses the subject's
/// trained model. Which styles exist is only known to the vendor, so the adapter checks the style before paying.
/// </summary>
public sealed class PortraitRequestRules() : VendorRequestRules(Key, "Portrait", typeof(PortraitVendorOptions), TaskKind.PortraitPhotoSet)
{
    /// <summary>The vendor key: the <c>vendor</c> of a request, its routing key on the bus and the prefix of its queues.</summary>
    public const string Key = "portrait";

    protected override string UnsupportedKind(TaskKind kind) => $"The portrait vendor does not do {kind}.";

    protected override void ValidateSupported(GenerationRequested request, RequestValidationErrors errors)
    {
        var options = PortraitVendorOptions.Read(request.VendorOptions, errors);
        PortraitInputRules.Validate(request.Inputs, options, errors);
        PortraitOptionRules.Validate(request.Options, errors);
    }
}
