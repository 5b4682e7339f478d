using System.Text.Json;
using GenerationGateway.Adapters.Workflow;
using Microsoft.AspNetCore.Mvc;

namespace GenerationGateway.Adapters.Portrait.Callbacks;

/// <summary>
/// <c>POST /v1/vendor-callbacks/portrait/{generationId}?token=…</c>: the vendor says a task ended. An authentic,
/// new callback makes the generation's workflow check (or prepare) at once; polling stays the safety net.
/// </summary>
public static class PortraitCallbackEndpoint
{
    public static async Task<IResult> HandleAsync(
        Guid generationId,
        string? token,
        HttpRequest request,
        PortraitCallbackUrls urls,
        PortraitCallbackDeduplicator deduplicator,
        [FromServices] VendorCallbacks<PortraitVendorWorkflow> callbacks,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(deduplicator);
        ArgumentNullException.ThrowIfNull(callbacks);
        ArgumentNullException.ThrowIfNull(loggers);
        var logger = loggers.CreateLogger(typeof(PortraitCallbackEndpoint));
        if (!urls.IsValid(generationId, token))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Invalid callback token",
                detail: "The token query parameter is not the one issued for this generation.",
                extensions: new Dictionary<string, object?> { ["field"] = "token" });
        }

        JsonElement json;
        try
        {
            json = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"Not JSON: {exception.Message}"] });
        }

        if (PortraitCallbackPayload.Read(json, out var error) is not { } payload)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [error!] });
        }

        var key = $"{generationId:N}/{payload.TaskId}/{payload.State}";
        if (!deduplicator.TryBegin(key))
        {
            logger.LogInformation("Repeated portrait callback for generation {GenerationId} (task {VendorTaskId}, state {VendorState}) ignored",
                generationId, payload.TaskId, payload.State);
            return Results.Ok(new { duplicate = true });
        }

        try
        {
            await callbacks.NotifyAsync(generationId, payload.VendorStatus, cancellationToken);
        }
        catch (TimeoutException)
        {
            // The broker did not take it: the vendor calls back again.
            deduplicator.Forget(key);
            request.HttpContext.Response.Headers.RetryAfter = "5";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The callback could not be handed to the workflow; call back later.");
        }
        catch
        {
            deduplicator.Forget(key);
            throw;
        }

        logger.LogInformation("Portrait callback for generation {GenerationId} (task {VendorTaskId}, state {VendorState}) forwarded to the workflow",
            generationId, payload.TaskId, payload.State);
        return Results.Ok(new { duplicate = false });
    }
}
