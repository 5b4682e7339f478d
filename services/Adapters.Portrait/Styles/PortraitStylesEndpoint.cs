using System.Text.Json;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules.Portrait;

namespace GenerationGateway.Adapters.Portrait.Styles;

/// <summary>
/// <c>GET /v1/vendors/portrait/styles</c>: the styles a portrait request can choose (<c>options.style</c> takes an
/// <c>id</c>). 502 when the vendor refuses or answers nonsense, 503 when it cannot be reached.
/// </summary>
public static class PortraitStylesEndpoint
{
    public const string Route = "/v1/vendors/portrait/styles";

    public static async Task<IResult> HandleAsync(PortraitStyleCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        try
        {
            var styles = await catalog.GetAsync(cancellationToken);
            return Results.Ok(new
            {
                vendor = PortraitRequestRules.Key,
                styles = styles.Select(s => new { id = s.Id, name = s.Name, sex = s.Sex, templateUrl = s.TemplateUrl }),
            });
        }
        catch (Exception exception) when (IsUnreachable(exception, cancellationToken))
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The portrait vendor cannot be reached", detail: exception.Message);
        }
        catch (Exception exception) when (exception is VendorCallException or JsonException)
        {
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The portrait vendor did not list its styles", detail: exception.Message);
        }
    }

    static bool IsUnreachable(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        VendorCallException { Kind: VendorErrorKind.Unreachable } => true,
        HttpRequestException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
