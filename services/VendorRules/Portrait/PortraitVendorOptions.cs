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
    public static PortraitVendorOptions Read(JsonElement? vendorOptions, RequestValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (vendorOptions is not { } json || json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return None;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add("vendorOptions", "Vendor options must be a JSON object.");
            return None;
        }

        var options = None;
        foreach (var property in json.EnumerateObject())
        {
            var field = $"vendorOptions.{property.Name}";
            if (property.Name != "reuseTrainedModel")
            {
                errors.Add(field, "The portrait vendor has no such option (known: reuseTrainedModel).");
            }
            else if (property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                options = options with { ReuseTrainedModel = property.Value.GetBoolean() };
            }
            else if (property.Value.ValueKind != JsonValueKind.Null)
            {
                errors.Add(field, "Must be true or false.");
            }
        }

        return options;
    }
}
