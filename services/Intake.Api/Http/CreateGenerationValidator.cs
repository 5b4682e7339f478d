using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorRules;

namespace GenerationGateway.Intake.Api.Http;

/// <summary>
/// Turns a body into the <see cref="GenerationRequested"/> it asks for and collects every error at once:
/// wire names, then the vendor-neutral rules, then the vendor's own rules.
/// </summary>
public sealed class CreateGenerationValidator
{
    readonly GenerationRequestRules _rules;

    public CreateGenerationValidator(GenerationRequestRules rules)
    {
        _rules = rules;
    }

    /// <summary>
    /// Returns the request (its generation id still empty) and the errors by field; no errors means valid.
    /// A field whose value could not be read is reported once, not again by the rules.
    /// </summary>
    public (GenerationRequested Request, IDictionary<string, string[]> Errors) Validate(CreateGenerationRequest body, string? idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(body);
        var readErrors = new RequestValidationErrors();
        var request = Map(body, idempotencyKey, readErrors);

        var ruleErrors = new RequestValidationErrors();
        var errors = readErrors.ToDictionary();
        if (errors.ContainsKey("kind"))
        {
            // The vendor's rules depend on the kind: checking them against a guess would only confuse.
            _rules.ValidateNeutral(request, ruleErrors);
        }
        else
        {
            _rules.Validate(request, ruleErrors);
        }

        foreach (var (field, messages) in ruleErrors.ToDictionary())
        {
            errors.TryAdd(field, messages);
        }

        return (request, errors);
    }

    static GenerationRequested Map(CreateGenerationRequest body, string? idempotencyKey, RequestValidationErrors errors)
    {
        TaskKind kind = default;
        if (body.Kind is null)
        {
            errors.Add("kind", $"Required. One of: {WireNames.Expected<TaskKind>()}.");
        }
        else if (ParseWireName<TaskKind>(body.Kind, "kind", errors) is { } parsed)
        {
            kind = parsed;
        }

        if (body.VendorOptions is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            errors.Add("vendorOptions", "Must be a JSON object.");
        }

        var options = body.Options ?? new CreateGenerationOptions();
        return new GenerationRequested
        {
            GenerationId = Guid.Empty,
            TenantId = body.TenantId ?? string.Empty,
            ClientReference = body.ClientReference,
            IdempotencyKey = idempotencyKey,
            Vendor = body.Vendor ?? string.Empty,
            Kind = kind,
            Inputs = body.Inputs ?? new GenerationInputs(),
            Options = new GenerationOptions
            {
                Quality = ParseWireName<Quality>(options.Quality, "options.quality", errors),
                TargetFaceCount = options.TargetFaceCount,
                OutputFormats = ParseOutputFormats(options.OutputFormats, errors),
                Texture = ParseWireName<TextureMode>(options.Texture, "options.texture", errors),
                Topology = ParseWireName<Topology>(options.Topology, "options.topology", errors),
                Style = options.Style,
            },
            VendorOptions = body.VendorOptions is { ValueKind: JsonValueKind.Object } vendorOptions ? vendorOptions : null,
            Deadline = body.Deadline,
            Callback = body.Callback,
        };
    }

    /// <summary>Each format by its wire name; a null or unknown one is an error under its index, never dropped silently.</summary>
    static AssetFormat[] ParseOutputFormats(IReadOnlyList<string?> formats, RequestValidationErrors errors)
    {
        var parsed = new List<AssetFormat>(formats.Count);
        for (var i = 0; i < formats.Count; i++)
        {
            var field = $"options.outputFormats[{i}]";
            if (formats[i] is null)
            {
                errors.Add(field, $"Must not be null. One of: {WireNames.Expected<AssetFormat>()}.");
            }
            else if (ParseWireName<AssetFormat>(formats[i], field, errors) is { } format)
            {
                parsed.Add(format);
            }
        }

        return [.. parsed];
    }

    /// <summary>Parses an optional value in any letter case; a wrong one adds an error under <paramref name="field"/> and yields null.</summary>
    static TEnum? ParseWireName<TEnum>(string? value, string field, RequestValidationErrors errors)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        if (WireNames.TryParseIgnoreCase<TEnum>(value, out var result))
        {
            return result;
        }

        errors.Add(field, $"'{value}' is not one of: {WireNames.Expected<TEnum>()}.");
        return null;
    }
}
