using System.Text.Json;

namespace GenerationGateway.VendorRules.Portrait;

/// <summary>The portrait vendor's own options, read from <c>GenerationRequested.VendorOptions</c> (camelCase keys).</summary>
public sealed record PortraitVendorOptions
{
    public static PortraitVendorOptions None { get; } = new();

    /// <summary>
    /// True: the request relies on the model already trained for its subject and may carry no photos.
    /// The adapter fails it as invalid-request when the subject has no trained model and no photos were given.
    /// </summary>
    public bool? ReuseTrainedModel { get; init; }

    /// <summary>Reads the options; an unknown key or a value of the wrong JSON type adds an error under <c>vendorOptions.&lt;key&gt;</c>.</summary>
    public static PortraitVendorOptions Read(JsonElement? vendorOptions, RequestValidationErrors errors) =>
        VendorOptionsReader.Read(vendorOptions, None, "The portrait vendor", errors);
}
