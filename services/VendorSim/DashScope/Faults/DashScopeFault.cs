using System.Text.Json.Serialization;
using GenerationGateway.VendorSim.Faults;

namespace GenerationGateway.VendorSim.DashScope.Faults;

/// <summary>
/// One scripted fault, as posted to <c>POST /_sim/dashscope/faults</c>; see <see cref="DashScopeFaultKinds"/>.
/// Examples: <c>{"kind":"http-error","status":403,"code":"Arrearage"}</c>, <c>{"kind":"http-error","status":500,"endpoint":"task"}</c>,
/// <c>{"kind":"task-failed","code":"DataInspectionFailed","message":"…"}</c>, <c>{"kind":"stay-pending"}</c>, <c>{"kind":"stall"}</c>.
/// </summary>
public sealed record DashScopeFault : IScriptedFault<DashScopeFault>
{
    public string? Kind { get; init; }

    /// <summary>Which endpoint it hits (<see cref="DashScopeFaultEndpoints"/>); <c>submit</c> when omitted.</summary>
    public string? Endpoint { get; init; }

    /// <summary>The HTTP status of an <c>http-error</c>, 400 to 599.</summary>
    public int? Status { get; init; }

    /// <summary>The error code (default by status, e.g. 429 <c>Throttling</c>; for task-failed <c>InternalError</c>).</summary>
    public string? Code { get; init; }

    public string? Message { get; init; }

    [JsonIgnore]
    public bool IsTaskFault => Kind is DashScopeFaultKinds.TaskFailed or DashScopeFaultKinds.StayPending or DashScopeFaultKinds.Stall;

    /// <summary>This fault with its endpoint spelled out; problems are added to <paramref name="errors"/> keyed by field.</summary>
    public DashScopeFault Normalize(int index, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var prefix = $"[{index}].";
        var endpoint = Endpoint ?? DashScopeFaultEndpoints.Submit;
        if (!DashScopeFaultEndpoints.All.Contains(endpoint))
        {
            errors[prefix + "endpoint"] = [$"Must be one of: {string.Join(", ", DashScopeFaultEndpoints.All)}."];
        }

        if (Kind is null || !DashScopeFaultKinds.All.Contains(Kind))
        {
            errors[prefix + "kind"] = [$"Must be one of: {string.Join(", ", DashScopeFaultKinds.All)}."];
        }
        else if (Kind == DashScopeFaultKinds.HttpError && Status is not (>= 400 and <= 599))
        {
            errors[prefix + "status"] = ["An http-error fault needs a status from 400 to 599."];
        }
        else if (IsTaskFault && endpoint != DashScopeFaultEndpoints.Submit)
        {
            errors[prefix + "endpoint"] = [$"A {Kind} fault applies to submit only."];
        }

        return this with { Endpoint = endpoint };
    }
}
