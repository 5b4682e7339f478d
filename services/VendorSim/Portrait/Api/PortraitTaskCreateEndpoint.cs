using GenerationGateway.VendorSim.Downloads;
using GenerationGateway.VendorSim.Portrait.Faults;
using GenerationGateway.VendorSim.Portrait.Tasks;

namespace GenerationGateway.VendorSim.Portrait.Api;

/// <summary>
/// <c>POST /cloud/aigc_task_create</c> <c>{user_id, style, callback_url?}</c>: generates photos in a style for a
/// person whose training has succeeded; answers <c>{task_id, user_id}</c>.
/// </summary>
public static class PortraitTaskCreateEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, PortraitScriptedFaults faults, PortraitSimStore store, PortraitTaskFactory factory, PublicBaseUrl baseUrl, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(time);
        if (faults.TakeRequestFault(PortraitFaultEndpoints.TaskCreate) is { } fault)
        {
            return PortraitResults.Injected(fault, context);
        }

        if (await PortraitRequestJson.ReadObjectAsync(context.Request, context.RequestAborted) is not { } body)
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, "The body must be a JSON object.");
        }

        var userId = PortraitRequestJson.Text(body, "user_id");
        var styleId = PortraitRequestJson.Text(body, "style");
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(styleId))
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, "user_id and style are required.");
        }

        if (store.TrainingOf(userId) is not { } training)
        {
            return PortraitResults.Error(PortraitRetCodes.NotFound, $"Unknown user_id {userId}.");
        }

        var trainingState = training.StateAt(time.GetUtcNow());
        if (trainingState != PortraitTaskState.Succeeded)
        {
            return PortraitResults.Error(PortraitRetCodes.ModelNotReady,
                $"The model of {userId} is not usable: its training {training.Id} is in state {(int)trainingState}.");
        }

        if (PortraitStyles.Find(styleId) is not { } style)
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, $"Unknown style {styleId}; see aigc_product_brief_query.");
        }

        var callbackUrl = PortraitRequestJson.Url(body, "callback_url", out var callbackValid);
        if (!callbackValid)
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, "callback_url must be an absolute http(s) URL.");
        }

        var task = factory.CreateGeneration(userId, style, callbackUrl, PortraitTaskLinks.RootFor(baseUrl, context.Request));
        return PortraitResults.Ok(new { task_id = task.Id, user_id = userId });
    }
}
