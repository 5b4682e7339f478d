using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace GenerationGateway.Identity.Authentication;

/// <summary>
/// Says why an authenticated key is refused (403): the scope it lacks, or that it belongs to no tenant. Everything
/// else (the 401 challenge included) is the default handler's.
/// </summary>
public sealed class GatewayAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    readonly AuthorizationMiddlewareResultHandler _default = new();
    readonly IProblemDetailsService _problems;

    public GatewayAuthorizationResultHandler(IProblemDetailsService problems)
    {
        _problems = problems;
    }

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (!authorizeResult.Forbidden || context.User.Identity?.AuthenticationType != ApiKeyDefaults.Scheme)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var failed = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ClaimsAuthorizationRequirement>().ToList() ?? [];
        var missingScopes = failed.Where(r => r.ClaimType == GatewayClaims.Scope).SelectMany(r => r.AllowedValues ?? []).ToList();
        var reasons = new List<string>();
        if (missingScopes.Count > 0)
        {
            reasons.Add($"The key lacks the scope '{string.Join("' or '", missingScopes)}'.");
        }

        if (failed.Any(r => r.ClaimType == GatewayClaims.Tenant))
        {
            reasons.Add("The key belongs to no tenant (the configured admin key): use a tenant's key, which an admin creates with POST /v1/admin/api-keys.");
        }

        var detail = reasons.Count > 0 ? string.Join(" ", reasons) : "The key may not do this.";

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var problem = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "The API key may not do this.", Detail = detail };
        problem.Extensions["field"] = HeaderNames.Authorization;
        if (missingScopes.Count > 0)
        {
            problem.Extensions["requiredScope"] = missingScopes[0];
        }

        await _problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
