using System.Text.Json;
using GenerationGateway.Identity.Authentication;
using GenerationGateway.Identity.Keys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GenerationGateway.Identity.Admin;

/// <summary>
/// <c>/v1/admin/api-keys</c> (scope <c>admin</c>): create a tenant's key (shown once), list keys (never the key or its
/// hash), revoke one. A revoked key stops working on this replica at once and on every other within
/// <see cref="IdentityOptions.KeyCacheDuration"/>.
/// </summary>
public static class AdminApiKeyEndpoints
{
    public const string Route = "/v1/admin/api-keys";

    public const int MaxNameLength = 100;

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var keys = app.MapGroup(Route).RequireAuthorization(GatewayScopes.Admin).WithTags("Admin");
        keys.MapPost("/", CreateAsync)
            .Accepts<CreateApiKeyRequest>("application/json")
            .Produces<CreatedApiKey>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        keys.MapGet("/", ListAsync);
        keys.MapDelete("/{id:guid}", RevokeAsync).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    static async Task<Results<Created<CreatedApiKey>, ValidationProblem>> CreateAsync(
        HttpRequest request, IApiKeyStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        CreateApiKeyRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<CreateApiKeyRequest>(request.Body, JsonSerializerOptions.Web, cancellationToken);
        }
        catch (JsonException exception)
        {
            return Invalid("body", $"Must be a JSON object with tenantId, name and scopes: {exception.Message}");
        }

        if (body is null)
        {
            return Invalid("body", "Must be a JSON object with tenantId, name and scopes.");
        }

        var errors = Validate(body);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var secret = ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            TenantId = body.TenantId!,
            Name = body.Name!,
            Scopes = body.Scopes!.Distinct(StringComparer.Ordinal).Select(scope => scope!).ToArray(),
            KeyHash = ApiKeySecret.Hash(secret),
            CreatedAt = timeProvider.GetUtcNow(),
        };
        await store.AddAsync(key, cancellationToken);
        return TypedResults.Created($"{Route}/{key.Id}", new CreatedApiKey
        {
            Id = key.Id,
            Key = secret,
            TenantId = key.TenantId,
            Name = key.Name,
            Scopes = key.Scopes,
            CreatedAt = key.CreatedAt,
        });
    }

    static async Task<Results<Ok<IReadOnlyList<ApiKeyView>>, ValidationProblem>> ListAsync(
        string? tenantId, IApiKeyStore store, CancellationToken cancellationToken)
    {
        if (tenantId is not null && TenantIdRules.Check(tenantId) is { } problem)
        {
            return Invalid("tenantId", problem);
        }

        var keys = await store.ListAsync(tenantId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ApiKeyView>>(keys.Select(ApiKeyView.Of).ToList());
    }

    static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid id, IApiKeyStore store, ApiKeyResolver resolver, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (!await store.RevokeAsync(id, timeProvider.GetUtcNow(), cancellationToken))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown API key.",
                detail: $"No API key '{id}' exists.",
                extensions: new Dictionary<string, object?> { ["field"] = "id" });
        }

        resolver.Forget(id);
        return TypedResults.NoContent();
    }

    static Dictionary<string, string[]> Validate(CreateApiKeyRequest body)
    {
        var errors = new Dictionary<string, string[]>();
        if (TenantIdRules.Check(body.TenantId) is { } tenantProblem)
        {
            errors["tenantId"] = [tenantProblem];
        }

        if (string.IsNullOrWhiteSpace(body.Name))
        {
            errors["name"] = ["Required: what the key is for (e.g. 'ci')."];
        }
        else if (body.Name.Length > MaxNameLength || body.Name.Any(char.IsControl))
        {
            errors["name"] = [$"Must be at most {MaxNameLength} characters, without control characters."];
        }

        var known = string.Join(", ", GatewayScopes.All);
        if (body.Scopes is null || body.Scopes.Count == 0)
        {
            errors["scopes"] = [$"Give at least one scope of: {known}."];
        }
        else
        {
            for (var i = 0; i < body.Scopes.Count; i++)
            {
                if (!GatewayScopes.IsKnown(body.Scopes[i]))
                {
                    errors[$"scopes[{i}]"] = [$"'{body.Scopes[i]}' is not a scope; use one of: {known}."];
                }
            }
        }

        return errors;
    }

    static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
