using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GenerationGateway.Identity.Authentication;

/// <summary>
/// <c>Authorization: Bearer &lt;api key&gt;</c>. A missing, malformed, unknown or revoked key is answered 401 with
/// <c>WWW-Authenticate: Bearer</c> and problem details; the answer never tells an unknown key from a revoked one.
/// </summary>
public sealed class ApiKeyAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    const string BearerPrefix = "Bearer ";

    /// <summary>The longest credential looked at; anything longer is malformed without further work.</summary>
    const int MaxCredentialLength = 512;

    readonly ApiKeyResolver _resolver;
    readonly IProblemDetailsService _problems;

    public ApiKeyAuthenticationHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options,
        ILoggerFactory logger,
        UrlEncoder encoder,
        ApiKeyResolver resolver,
        IProblemDetailsService problems)
        : base(options, logger, encoder)
    {
        _resolver = resolver;
        _problems = problems;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var headers = Request.Headers.Authorization;
        if (headers.Count == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var header = headers.Count == 1 ? headers[0] : null;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header must be one 'Bearer <api key>'.");
        }

        var presented = header[BearerPrefix.Length..].Trim();
        if (presented.Length is 0 or > MaxCredentialLength)
        {
            return AuthenticateResult.Fail("The API key is malformed.");
        }

        if (await _resolver.ResolveAsync(presented, Context.RequestAborted) is not { } identity)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var failed = result.Failure is not null;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = failed ? "Bearer error=\"invalid_token\"" : "Bearer";
        await WriteProblemAsync(new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = "An API key is required.",
            Detail = failed
                ? result.Failure!.Message + " Send 'Authorization: Bearer <api key>' with a valid key."
                : "Send 'Authorization: Bearer <api key>'.",
        });
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return WriteProblemAsync(new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "The API key may not do this.",
            Detail = "The key lacks the scope this endpoint needs.",
        });
    }

    Task WriteProblemAsync(ProblemDetails problem)
    {
        problem.Extensions["field"] = HeaderNames.Authorization;
        return _problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem }).AsTask();
    }
}
