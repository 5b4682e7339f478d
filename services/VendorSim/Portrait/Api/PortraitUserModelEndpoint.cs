using System.Text.Json;
using GenerationGateway.VendorSim.Downloads;
using GenerationGateway.VendorSim.Portrait.Faults;
using GenerationGateway.VendorSim.Portrait.Tasks;

namespace GenerationGateway.VendorSim.Portrait.Api;

/// <summary>
/// <c>POST /cloud/aigc_user_model_create</c> <c>{img_set, callback_url?}</c>: starts training a person's model on
/// 8 to 20 paths returned by <c>upload_file</c>; answers <c>{task_id, user_id}</c> (docs/vendors/portrait.md §4 notes 2 and 3).
/// </summary>
public static class PortraitUserModelEndpoint
{
    public const int MinImages = 8;
    public const int MaxImages = 20;

    public static async Task<IResult> HandleAsync(
        HttpContext context, PortraitScriptedFaults faults, PortraitSimStore store, PortraitTaskFactory factory, PublicBaseUrl baseUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(factory);
        if (faults.TakeRequestFault(PortraitFaultEndpoints.ModelCreate) is { } fault)
        {
            return PortraitResults.Injected(fault, context);
        }

        if (await PortraitRequestJson.ReadObjectAsync(context.Request, context.RequestAborted) is not { } body)
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, "The body must be a JSON object.");
        }

        if (!body.TryGetProperty("img_set", out var set) || set.ValueKind != JsonValueKind.Array
            || set.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, "img_set must be an array of upload paths.");
        }

        var paths = set.EnumerateArray().Select(x => x.GetString()!).ToList();
        if (paths.Count is < MinImages or > MaxImages)
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, $"img_set takes {MinImages} to {MaxImages} images; got {paths.Count}.");
        }

        var unknown = paths.FindIndex(path => !store.IsUploaded(path));
        if (unknown >= 0)
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, $"img_set[{unknown}] was not returned by upload_file: {paths[unknown]}");
        }

        var callbackUrl = PortraitRequestJson.Url(body, "callback_url", out var callbackValid);
        if (!callbackValid)
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, "callback_url must be an absolute http(s) URL.");
        }

        var task = factory.CreateTraining(callbackUrl, PortraitTaskLinks.RootFor(baseUrl, context.Request));
        return PortraitResults.Ok(new { task_id = task.Id, user_id = task.UserId });
    }
}
