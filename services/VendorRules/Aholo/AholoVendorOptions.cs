using System.Text.Json;

namespace GenerationGateway.VendorRules.Aholo;

/// <summary>
/// Aholo's own options, read from <c>GenerationRequested.VendorOptions</c> (camelCase keys, vendor spellings for
/// values). A null property was not given; values are checked by <see cref="AholoRequestRules"/>.
/// </summary>
public sealed record AholoVendorOptions
{
    public static AholoVendorOptions None { get; } = new();

    /// <summary><c>taskQuality</c>: LOW, NORMAL, HIGH or ULTRA (reconstruction only).</summary>
    public string? Quality { get; init; }

    /// <summary><c>accessLevel</c>: 0 public, 1 private (reconstruction only).</summary>
    public int? AccessLevel { get; init; }

    /// <summary><c>uploadSog</c>: also deliver a SOG file (reconstruction only).</summary>
    public bool? UploadSog { get; init; }

    /// <summary><c>panorama</c> (reconstruction only; its effect is not documented).</summary>
    public bool? Panorama { get; init; }

    /// <summary><c>projectName</c>; the generation id when not given.</summary>
    public string? ProjectName { get; init; }

    /// <summary>Reads the options; a key that is unknown or of the wrong JSON type adds an error under <c>vendorOptions.&lt;key&gt;</c>.</summary>
    public static AholoVendorOptions Read(JsonElement? vendorOptions, RequestValidationErrors errors)
    {
        return VendorOptionsReader.Read(vendorOptions, None, "Aholo", errors);
    }
}
