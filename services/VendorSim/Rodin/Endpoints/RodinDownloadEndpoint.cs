using GenerationGateway.VendorSim.Downloads;
using GenerationGateway.VendorSim.Rodin.Faults;
using GenerationGateway.VendorSim.Rodin.Responses;
using GenerationGateway.VendorSim.Rodin.Tasks;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Rodin.Endpoints;

/// <summary>
/// <c>POST /download</c> with <c>task_uuid</c>: 201 <c>{"error":"OK","list":[{url,name}]}</c> listing what is ready now
/// (partial while jobs run), each URL signed to expire after <c>DownloadLinkLifetime</c>.
/// </summary>
public static class RodinDownloadEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        RodinScriptedFaults faults,
        RodinTaskStore store,
        DownloadTokens tokens,
        PublicBaseUrl baseUrl,
        TimeProvider time,
        IOptions<RodinSimulatorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (faults.TakeRequestFault(RodinFaultEndpoints.Download) is { } fault)
        {
            return RodinResults.Injected(fault, context);
        }

        var uuid = await RodinRequestFields.ReadAsync(context.Request, "task_uuid", context.RequestAborted);
        if (string.IsNullOrEmpty(uuid))
        {
            return RodinResults.InvalidRequest("task_uuid is required.");
        }

        if (store.FindByUuid(uuid) is not { } task)
        {
            return RodinResults.InvalidRequest("Unknown task_uuid (use the top-level uuid of the generate answer, not a job uuid).");
        }

        var settings = options.Value;
        var now = time.GetUtcNow();
        var expiresAt = now + settings.DownloadLinkLifetime;
        var ready = task.AvailableOutputs(task.JobStatuses(now, settings.WaitingDuration, settings.GeneratingDuration));
        var list = ready
            .Select(file => new RodinDownloadItem(
                baseUrl.For(context.Request, $"{RodinRoutes.Files}/{tokens.Create(task.Uuid, file.Name, expiresAt)}/{Uri.EscapeDataString(file.Name)}"),
                file.Name))
            .ToList();
        return RodinResults.Json(new RodinDownloadResponse("OK", list), StatusCodes.Status201Created);
    }
}
