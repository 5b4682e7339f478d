using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GenerationGateway.Intake.Api.OpenApi;

/// <summary>The README's requests as the examples of <c>POST /v1/generations</c> (a test checks each validates).</summary>
public sealed class GenerationExamplesTransformer : IOpenApiOperationTransformer
{
    static readonly (string Name, string Summary, string Json)[] Examples =
    [
        ("rodin", "Rodin text to 3D", """
            {"vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"a small wooden chair"},
             "options":{"quality":"medium","outputFormats":["glb"]},"vendorOptions":{"tier":"Regular"}}
            """),
        ("hunyuan3d-pro", "Hunyuan 3D Pro text to 3D", """
            {"vendor":"hunyuan3d-pro","kind":"text-to-3d","inputs":{"prompt":"a ceramic owl on a stack of books"},
             "vendorOptions":{"generateType":"Normal"}}
            """),
        ("dashscope-gen3d", "DashScope character from a photo", """
            {"vendor":"dashscope-gen3d","kind":"character-from-photo","inputs":{"images":[{"url":"https://example.com/person.png"}]}}
            """),
        ("aholo", "Aholo generation from a prompt", """
            {"vendor":"aholo","kind":"text-to-3d","inputs":{"prompt":"a sunlit loft with a reading corner"}}
            """),
        ("portrait", "Portrait photo set, reusing the trained model", """
            {"vendor":"portrait","kind":"portrait-photo-set","inputs":{"subjectReference":"customer-42"},
             "options":{"style":"9ea64839-47df-4839-9823-cacac81eb933"},"vendorOptions":{"reuseTrainedModel":true}}
            """),
    ];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Description.HttpMethod != "POST" || context.Description.RelativePath?.TrimEnd('/') != "v1/generations"
            || operation.RequestBody?.Content?.TryGetValue("application/json", out var media) != true || media is null)
        {
            return Task.CompletedTask;
        }

        media.Examples ??= new Dictionary<string, IOpenApiExample>(StringComparer.Ordinal);
        foreach (var (name, summary, json) in Examples)
        {
            media.Examples[name] = new OpenApiExample { Summary = summary, Value = JsonNode.Parse(json) };
        }

        return Task.CompletedTask;
    }
}
