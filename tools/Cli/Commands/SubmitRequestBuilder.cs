using System.Text.Json;
using System.Text.Json.Nodes;
using GenerationGateway.Cli.Api;

namespace GenerationGateway.Cli.Commands;

/// <summary>
/// The request body of <c>gateway submit</c>: inputs from <c>--prompt</c>, <c>--image</c>, <c>--video</c>, <c>--subject</c>;
/// each <c>--option</c> into <c>options</c> when the gateway knows its key for every vendor, else into <c>vendorOptions</c>.
/// </summary>
public static class SubmitRequestBuilder
{
    static readonly string[] GenericOptions = ["quality", "targetFaceCount", "outputFormats", "texture", "topology", "style"];

    public static SubmitRequest Build(SubmitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var inputs = new JsonObject();
        if (settings.Prompt is not null)
        {
            inputs["prompt"] = settings.Prompt;
        }

        if (settings.Images.Length > 0)
        {
            inputs["images"] = new JsonArray([.. settings.Images.Select(url => (JsonNode)new JsonObject { ["url"] = url })]);
        }

        if (settings.Videos.Length > 0)
        {
            inputs["videos"] = new JsonArray([.. settings.Videos.Select(url => (JsonNode)new JsonObject { ["url"] = url })]);
        }

        if (settings.Subject is not null)
        {
            inputs["subjectReference"] = settings.Subject;
        }

        var options = new JsonObject();
        var vendorOptions = new JsonObject();
        foreach (var option in settings.Options)
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            var key = option[..equals].Trim();
            var value = option[(equals + 1)..];
            var generic = GenericOptions.FirstOrDefault(name => string.Equals(name, key, StringComparison.OrdinalIgnoreCase));
            if (generic is null)
            {
                vendorOptions[key] = VendorValue(value);
            }
            else
            {
                options[generic] = GenericValue(generic, value);
            }
        }

        return new SubmitRequest
        {
            Vendor = settings.Vendor!,
            Kind = settings.Kind!,
            ClientReference = settings.ClientReference,
            Inputs = inputs,
            Options = options.Count > 0 ? options : null,
            VendorOptions = vendorOptions.Count > 0 ? vendorOptions : null,
        };
    }

    static JsonNode? GenericValue(string key, string value) => key switch
    {
        "outputFormats" => new JsonArray([.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(format => (JsonNode)format)]),
        "targetFaceCount" when long.TryParse(value, out var count) => count,
        _ => value,
    };

    /// <summary>A JSON literal (<c>true</c>, <c>3</c>, <c>[1,2]</c>, <c>{"a":1}</c>) as JSON, anything else as a string.</summary>
    static JsonNode? VendorValue(string value)
    {
        var trimmed = value.Trim();
        if (trimmed is "true" or "false" or "null" || (trimmed.Length > 0 && (char.IsAsciiDigit(trimmed[0]) || trimmed[0] is '-' or '[' or '{' or '"')))
        {
            try
            {
                return JsonNode.Parse(trimmed);
            }
            catch (JsonException)
            {
                return value;
            }
        }

        return value;
    }
}
