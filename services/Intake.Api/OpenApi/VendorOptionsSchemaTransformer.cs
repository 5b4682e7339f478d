using System.Text.Json.Nodes;
using GenerationGateway.VendorRules;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GenerationGateway.Intake.Api.OpenApi;

/// <summary>
/// Makes <c>CreateGenerationRequest</c> a <c>oneOf</c> of one request schema per vendor, selected by <c>vendor</c> (a
/// discriminator): each is the common fields (<c>GenerationRequestFields</c>) plus that vendor's own <c>vendorOptions</c>
/// schema, so a client generator produces a type per vendor. The vendors are intake's (<see cref="GatewayVendors"/>).
/// </summary>
public sealed class VendorOptionsSchemaTransformer(IEnumerable<IVendorRequestRules> vendors) : IOpenApiDocumentTransformer
{
    public const string RequestSchema = "CreateGenerationRequest";

    public const string FieldsSchema = "GenerationRequestFields";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        if (document.Components?.Schemas is not { } schemas || !schemas.TryGetValue(RequestSchema, out var request) || request is not OpenApiSchema fields)
        {
            return;
        }

        fields.Properties?.Remove("vendorOptions");
        fields.Description = "The fields every vendor's request has; `vendorOptions` is described per vendor.";
        schemas[FieldsSchema] = fields;

        var variants = new List<IOpenApiSchema>();
        var mapping = new Dictionary<string, OpenApiSchemaReference>(StringComparer.Ordinal);
        foreach (var rules in vendors.OrderBy(rules => rules.Vendor, StringComparer.Ordinal))
        {
            var (vendor, prefix, optionsType) = (rules.Vendor, rules.SchemaName, rules.VendorOptionsType);
            var optionsName = $"{prefix}VendorOptions";
            schemas[optionsName] = optionsType is null
                ? new OpenApiSchema
                {
                    Type = JsonSchemaType.Object | JsonSchemaType.Null,
                    Description = $"`{vendor}` takes no vendor options: leave `vendorOptions` out, null or empty.",
                    AdditionalPropertiesAllowed = false,
                }
                : await OptionsSchemaAsync(context, optionsType, vendor, cancellationToken);

            var variantName = $"{prefix}GenerationRequest";
            schemas[variantName] = new OpenApiSchema
            {
                Description = $"A generation request for `{vendor}`.",
                AllOf =
                [
                    new OpenApiSchemaReference(FieldsSchema, document),
                    new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string>(StringComparer.Ordinal) { "vendor" },
                        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                        {
                            ["vendor"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(vendor)] },
                            ["vendorOptions"] = new OpenApiSchemaReference(optionsName, document),
                        },
                    },
                ],
            };
            var reference = new OpenApiSchemaReference(variantName, document);
            variants.Add(reference);
            mapping[vendor] = reference;
        }

        schemas[RequestSchema] = new OpenApiSchema
        {
            Description = "Body of `POST /v1/generations`: one schema per vendor, selected by `vendor`.",
            OneOf = variants,
            Discriminator = new OpenApiDiscriminator { PropertyName = "vendor", Mapping = mapping },
        };
    }

    static async Task<IOpenApiSchema> OptionsSchemaAsync(OpenApiDocumentTransformerContext context, Type type, string vendor, CancellationToken cancellationToken)
    {
        var schema = await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken);
        if (schema is OpenApiSchema concrete)
        {
            concrete.Type = JsonSchemaType.Object | JsonSchemaType.Null;
            concrete.AdditionalPropertiesAllowed = false;
            concrete.Description = $"The options of `{vendor}` (camelCase keys, the vendor's own spellings for values); "
                + "an unknown key answers 400 naming it. See the adapter's README for what each does.";
        }

        return schema;
    }
}
