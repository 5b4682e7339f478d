namespace GenerationGateway.WebConsole;

/// <summary>
/// Where the console's own deployable forwards the public API when nothing in front of it routes the API to the same
/// origin (docker compose). Unset (Kubernetes, whose HTTPRoute routes the API, and the embedded default) it forwards
/// nothing: the console calls its own origin.
/// </summary>
public sealed class WebConsoleOptions
{
    public const string SectionName = "WebConsole";

    /// <summary>Intake: submits and cancels (<c>POST /v1/generations</c>, <c>DELETE /v1/generations/{id}</c>) and the OpenAPI description the submit form reads.</summary>
    public Uri? IntakeUrl { get; set; }

    /// <summary>Results: generations, event streams, assets, usage.</summary>
    public Uri? ResultsUrl { get; set; }

    /// <summary>The webhook service: <c>/v1/webhooks</c>, <c>/v1/webhook-deliveries</c>.</summary>
    public Uri? WebhooksUrl { get; set; }

    /// <summary>The portrait adapter: its style catalogue.</summary>
    public Uri? PortraitUrl { get; set; }

    /// <summary>Forwarding needs both intake and results, and only absolute http(s) addresses.</summary>
    public bool IsValid() =>
        (IntakeUrl is null) == (ResultsUrl is null)
        && new[] { IntakeUrl, ResultsUrl, WebhooksUrl, PortraitUrl }.All(url => url is null || (url.IsAbsoluteUri && url.Scheme is "http" or "https"))
        && (IntakeUrl is not null || (WebhooksUrl is null && PortraitUrl is null));
}
