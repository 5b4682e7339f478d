using System.Text.Json;
using GenerationGateway.VendorSim.DashScope.Faults;
using GenerationGateway.VendorSim.DashScope.Responses;
using GenerationGateway.VendorSim.DashScope.Tasks;

namespace GenerationGateway.VendorSim.DashScope.Endpoints;

/// <summary>
/// <c>POST /api/v1/services/aigc/video-generation/3d-generation</c>: async only (<c>X-DashScope-Async: enable</c>),
/// body <c>{"model":"motionshop-gen3d","input":{"image_url":"http(s)://…"}}</c>; answers the PENDING task.
/// </summary>
public static class DashScopeSubmitEndpoint
{
    public const string Model = "motionshop-gen3d";
    public const string AsyncHeader = "X-DashScope-Async";

    public static async Task<IResult> HandleAsync(HttpContext context, DashScopeScriptedFaults faults, Gen3dTaskFactory tasks)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.TakeRequestFault(DashScopeFaultEndpoints.Submit) is { } fault)
        {
            return DashScopeResults.Injected(fault);
        }

        if (!string.Equals(context.Request.Headers[AsyncHeader].ToString(), "enable", StringComparison.OrdinalIgnoreCase))
        {
            return DashScopeResults.Error(StatusCodes.Status403Forbidden, DashScopeErrorCodes.AccessDenied, "current user api does not support synchronous calls");
        }

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Invalid("The request body is not valid JSON.");
        }

        var model = StringAt(body, "model");
        if (string.IsNullOrEmpty(model))
        {
            return Invalid("Model is required.");
        }

        if (model != Model)
        {
            return DashScopeResults.Error(StatusCodes.Status404NotFound, DashScopeErrorCodes.ModelNotFound, "Model not exist.");
        }

        var input = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("input", out var value) ? value : default;
        var imageUrl = StringAt(input, "image_url");
        if (string.IsNullOrWhiteSpace(imageUrl))
        {
            return Invalid("Image_url can not be empty.");
        }

        if (!Uri.TryCreate(imageUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return Invalid($"Failed to download image, url {imageUrl}.");
        }

        var task = tasks.Create(url);
        return DashScopeResults.Json(new DashScopeTaskResponse(
            DashScopeResults.NewRequestId(),
            new DashScopeTaskOutput { TaskId = task.TaskId, TaskStatus = Gen3dTaskStatus.Pending }));
    }

    private static IResult Invalid(string message) =>
        DashScopeResults.Error(StatusCodes.Status400BadRequest, DashScopeErrorCodes.InvalidParameter, message);

    private static string? StringAt(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
