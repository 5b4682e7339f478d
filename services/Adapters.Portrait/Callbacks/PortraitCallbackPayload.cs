using System.Globalization;
using System.Text.Json;

namespace GenerationGateway.Adapters.Portrait.Callbacks;

/// <summary>
/// What a vendor callback says. Its shape is not documented: docs/vendors/portrait.md §3 guesses the <c>aigc_task_query</c>
/// body (<c>{state, id, tsk_type, result_paths}</c>); the same wrapped in <c>{ret, body}</c> is accepted too.
/// </summary>
public sealed record PortraitCallbackPayload(string TaskId, int State, int? TaskType)
{
    public string VendorStatus => TaskType is { } type
        ? string.Create(CultureInfo.InvariantCulture, $"callback: state {State}, tsk_type {type}")
        : string.Create(CultureInfo.InvariantCulture, $"callback: state {State}");

    /// <summary>The payload, or null with the reason in <paramref name="error"/>.</summary>
    public static PortraitCallbackPayload? Read(JsonElement json, out string? error)
    {
        error = null;
        if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("body", out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            json = inner;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            error = "The callback body must be a JSON object like aigc_task_query's body: {state, id, tsk_type, result_paths}.";
            return null;
        }

        var taskId = Text(json, "id") ?? Text(json, "task_id");
        var state = Number(json, "state");
        if (string.IsNullOrEmpty(taskId) || state is null)
        {
            error = "The callback must carry the task's id and state.";
            return null;
        }

        return new PortraitCallbackPayload(taskId, state.Value, Number(json, "tsk_type"));
    }

    static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    static int? Number(JsonElement json, string name) => json.TryGetProperty(name, out var value) switch
    {
        true when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) => number,
        true when value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };
}
