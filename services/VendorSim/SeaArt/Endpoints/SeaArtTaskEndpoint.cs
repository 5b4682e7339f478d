using GenerationGateway.VendorSim.Downloads;
using GenerationGateway.VendorSim.SeaArt.Faults;
using GenerationGateway.VendorSim.SeaArt.Tasks;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.SeaArt.Endpoints;

/// <summary><c>GET /v1/generation/task/{id}</c>: the task by elapsed time; 404 "Task not found" for an id it never made.</summary>
public static class SeaArtTaskEndpoint
{
    public static IResult Handle(
        string id,
        HttpContext context,
        SeaArtScriptedFaults faults,
        SeaArtTaskStore store,
        DownloadTokens tokens,
        PublicBaseUrl baseUrl,
        TimeProvider time,
        IOptions<SeaArtSimulatorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (faults.TakeRequestFault(SeaArtFaultEndpoints.Task) is { } fault)
        {
            return SeaArtScriptedFaults.Answer(fault, context);
        }

        if (store.Find(id) is not { } task)
        {
            return SeaArtResults.Error(StatusCodes.Status404NotFound, "404", "Task not found");
        }

        var settings = options.Value;
        var now = time.GetUtcNow();
        var expiresAt = now + settings.DownloadLinkLifetime;
        var state = task.StateAt(now, settings.InQueueDuration, settings.GeneratingDuration);
        return SeaArtResults.Json(SeaArtTaskView.Render(task, state, settings.CreditPrice,
            name => baseUrl.For(context.Request, $"{SeaArtRoutes.Files}/{tokens.Create(task.Id, name, expiresAt)}/{name}")));
    }
}
