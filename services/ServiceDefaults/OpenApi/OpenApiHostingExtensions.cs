using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace GenerationGateway.ServiceDefaults.OpenApi;

public static class OpenApiHostingExtensions
{
    /// <summary>The one document a service describes itself in, served at <c>/openapi/v1.json</c>.</summary>
    public const string DocumentName = "v1";

    public const string DocumentPath = "/openapi/{documentName}.json";

    public const string ReferencePath = "/scalar";

    /// <summary>
    /// The service's OpenAPI 3.1 document (<c>Microsoft.AspNetCore.OpenApi</c>): the bearer (API key) security scheme on every
    /// operation that requires a key, with its 401 and 403 problem details. A service adds its own transformers with
    /// <c>services.Configure&lt;OpenApiOptions&gt;(OpenApiHostingExtensions.DocumentName, …)</c>.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayOpenApi(this IHostApplicationBuilder builder, string title, string description)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1;
            // The client API only: not the simulators' vendor routes or the vendors' callbacks hosted beside it.
            options.ShouldInclude = description => description.RelativePath is { } path
                && path.StartsWith("v1/", StringComparison.Ordinal)
                && !path.StartsWith("v1/vendor-callbacks/", StringComparison.Ordinal);
            options.AddOperationTransformer((operation, context, _) =>
            {
                // Tagged by resource (generations, assets, usage, admin, vendors) rather than by the handler's class.
                var segments = context.Description.RelativePath!.Split('/');
                operation.Tags = new HashSet<Microsoft.OpenApi.OpenApiTagReference>
                {
                    new(segments.Length > 1 ? segments[1] : segments[0], context.Document),
                };
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = title;
                document.Info.Description = description;
                document.Info.Version = DocumentName;
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<BearerSecurityTransformer>();
            options.AddOperationTransformer<BearerSecurityTransformer>();
        });
        return builder;
    }

    /// <summary><c>/openapi/v1.json</c> and the interactive reference at <c>/scalar</c>; both answer without a key.</summary>
    public static WebApplication MapGatewayOpenApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi(DocumentPath).AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, options => options
                .WithOpenApiRoutePattern(DocumentPath)
                .AddPreferredSecuritySchemes(BearerSecurityTransformer.SchemeName))
            .AllowAnonymous();
        return app;
    }
}
