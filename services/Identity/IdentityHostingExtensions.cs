using GenerationGateway.Identity.Admin;
using GenerationGateway.Identity.Authentication;
using GenerationGateway.Identity.Keys;
using GenerationGateway.Identity.Storage;
using GenerationGateway.Messaging.Postgres.Migrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Identity;

public static class IdentityHostingExtensions
{
    /// <summary>The tag of the identity database's readiness check (the services' ready tag).</summary>
    public const string ReadyTag = "ready";

    static readonly string MissingAdminKey =
        $"{AuthOptions.SectionName}:{nameof(AuthOptions.AdminKey)} is required (at least {AuthOptions.MinAdminKeyLength} characters): " +
        "the first admin key, from a Secret or an environment variable (Auth__AdminKey).";

    /// <summary>
    /// API-key authentication (<c>Authorization: Bearer</c>) as the default scheme, one policy per scope
    /// (<see cref="GatewayScopes"/>; the generation scopes also require a tenant), and the identity store chosen by
    /// <c>Identity:Persistence</c>. With <paramref name="acceptsAdminKey"/> (intake, results, the embedded default) the
    /// service requires <c>Auth:AdminKey</c> and refuses to start without it.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayIdentity(this IHostApplicationBuilder builder, bool acceptsAdminKey = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<IdentityOptions>()
            .BindConfiguration(IdentityOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(IdentityOptions.ConnectionStringName))
            .ValidateDataAnnotations()
            .Validate(
                options => options.Persistence != IdentityPersistence.Postgres || !string.IsNullOrWhiteSpace(options.ConnectionString),
                $"ConnectionStrings:{IdentityOptions.ConnectionStringName} is required when {IdentityOptions.SectionName}:Persistence is {IdentityPersistence.Postgres}.")
            .ValidateOnStart();

        var auth = builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName);
        if (acceptsAdminKey)
        {
            auth.Validate(options => options.AdminKey is { Length: >= AuthOptions.MinAdminKeyLength }, MissingAdminKey).ValidateOnStart();
        }
        else
        {
            auth.Configure(options => options.AdminKey = null);
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<ApiKeyResolver>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, GatewayAuthorizationResultHandler>();
        builder.Services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(GatewayScopes.GenerationsWrite, policy => policy.RequireScope(GatewayScopes.GenerationsWrite).RequireClaim(GatewayClaims.Tenant))
            .AddPolicy(GatewayScopes.GenerationsRead, policy => policy.RequireScope(GatewayScopes.GenerationsRead).RequireClaim(GatewayClaims.Tenant))
            .AddPolicy(GatewayScopes.Admin, policy => policy.RequireScope(GatewayScopes.Admin));

        var persistence = builder.Configuration.GetSection(IdentityOptions.SectionName)
            .GetValue(nameof(IdentityOptions.Persistence), IdentityPersistence.Postgres);
        if (persistence == IdentityPersistence.InMemory)
        {
            builder.Services.TryAddSingleton<IApiKeyStore, InMemoryApiKeyStore>();
        }
        else
        {
            // Migrated at start (several services and replicas may run it at once) and checked by the one PostgreSQL readiness check.
            if (!builder.Services.Any(service => service.ServiceType == typeof(IdentityDatabase)))
            {
                builder.Services.AddPostgresSchema(
                    IdentityOptions.ConnectionStringName,
                    IdentityDatabaseMigrations.Component,
                    IdentityDatabaseMigrations.All,
                    IdentityDatabaseMigrations.LegacyVersionTable);
                builder.Services.AddSingleton<IdentityDatabase>();
            }

            builder.Services.TryAddSingleton<IApiKeyStore, PostgresApiKeyStore>();
        }

        return builder;
    }

    /// <summary>The admin API, <c>/v1/admin/api-keys</c> (scope <c>admin</c>): create, list and revoke API keys.</summary>
    public static IEndpointRouteBuilder MapAdminApiKeys(this IEndpointRouteBuilder app) => AdminApiKeyEndpoints.Map(app);

    static AuthorizationPolicyBuilder RequireScope(this AuthorizationPolicyBuilder policy, string scope) =>
        policy.AddAuthenticationSchemes(ApiKeyDefaults.Scheme).RequireAuthenticatedUser().RequireClaim(GatewayClaims.Scope, scope);
}
