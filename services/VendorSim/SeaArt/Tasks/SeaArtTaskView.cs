using System.Globalization;
using System.Text.Json.Nodes;
using GenerationGateway.VendorSim.SeaArt.Create;

namespace GenerationGateway.VendorSim.SeaArt.Tasks;

/// <summary>
/// A task as <c>GET /v1/generation/task/{id}</c> writes it (seed 001): progress only while in_progress, error only
/// when failed, output/usage/metadata only when completed. Content <c>type</c> says <c>glb</c> even for the obj
/// resource, as the seed warns; <c>format</c> is the truth.
/// </summary>
public static class SeaArtTaskView
{
    public static JsonObject Render(SeaArtTask task, SeaArtTaskState state, decimal creditPrice, Func<string, Uri> fileUrl)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(fileUrl);
        var view = Created(task, state.Status);
        switch (state.Status)
        {
            case SeaArtTaskState.InProgress:
                view["progress"] = state.Progress;
                break;
            case SeaArtTaskState.Failed:
                view["error"] = new JsonObject { ["code"] = task.FailureCode, ["error_message"] = task.FailureMessage, ["message"] = task.FailureMessage };
                break;
            case SeaArtTaskState.Completed:
                view["output"] = new JsonArray(new JsonObject { ["content"] = Contents(task, fileUrl) });
                view["usage"] = Usage(task, creditPrice);
                view["metadata"] = new JsonObject { ["completed_at"] = 3.2, ["in_queue_at"] = 0.4, ["upload_at"] = 0.8 };
                break;
        }

        return view;
    }

    /// <summary>The create answer: <c>{id, status, model, created_at (ms), error: null}</c>.</summary>
    public static JsonObject Created(SeaArtTask task, string status)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new JsonObject
        {
            ["id"] = task.Id,
            ["created_at"] = task.CreatedAt.ToUnixTimeMilliseconds(),
            ["status"] = status,
            ["model"] = SeaArtCreateParser.Model,
            ["error"] = null,
        };
    }

    private static JsonArray Contents(SeaArtTask task, Func<string, Uri> fileUrl) =>
    [
        .. task.ModelFiles.Select(name => (JsonNode)new JsonObject
        {
            ["type"] = "glb",
            ["format"] = name == SeaArtTask.ModelZip ? "obj" : "glb",
            ["url"] = fileUrl(name).AbsoluteUri,
            ["preview_url"] = fileUrl(SeaArtTask.PreviewPng).AbsoluteUri,
            ["jobId"] = task.JobId,
        }),
    ];

    private static JsonObject Usage(SeaArtTask task, decimal creditPrice)
    {
        var cost = task.Credits * creditPrice;
        return new JsonObject
        {
            ["cost"] = cost.ToString("0.####", CultureInfo.InvariantCulture),
            ["unit_price"] = cost.ToString("0.####", CultureInfo.InvariantCulture),
            ["quantity"] = 1,
            ["user_discount"] = 1,
            ["input_tokens"] = null,
            ["output_tokens"] = null,
            ["total_tokens"] = null,
            ["extra_info"] = new JsonObject { ["ResultCreditConsumed"] = task.Credits },
        };
    }
}
