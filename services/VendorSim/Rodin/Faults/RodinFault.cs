using System.Text.Json.Serialization;
using GenerationGateway.VendorSim.Faults;

namespace GenerationGateway.VendorSim.Rodin.Faults;

/// <summary>
/// One scripted fault, as posted to <c>POST /_sim/rodin/faults</c>; see <see cref="RodinFaultKinds"/>.
/// Examples: <c>{"kind":"business-error","error":"INSUFFICIENT_FUND"}</c>, <c>{"kind":"job-failed"}</c>,
/// <c>{"kind":"http-status","status":429,"endpoint":"status"}</c>, <c>{"kind":"stall"}</c>.
/// </summary>
public sealed record RodinFault : IScriptedFault<RodinFault>
{
    public string? Kind { get; init; }

    /// <summary>Which endpoint it hits (<see cref="RodinFaultEndpoints"/>); <c>submit</c> when omitted.</summary>
    public string? Endpoint { get; init; }

    /// <summary>The <c>error</c> code of a business error, e.g. <c>INSUFFICIENT_FUND</c>.</summary>
    public string? Error { get; init; }

    public string? Message { get; init; }

    /// <summary>The HTTP status of an <c>http-status</c> fault, 400 to 599.</summary>
    public int? Status { get; init; }

    [JsonIgnore]
    public bool IsTaskFault => Kind is RodinFaultKinds.JobFailed or RodinFaultKinds.Stall;

    /// <summary>This fault with its endpoint spelled out, or the validation errors keyed by field.</summary>
    public RodinFault Normalize(int index, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var prefix = $"[{index}].";
        var endpoint = Endpoint ?? RodinFaultEndpoints.Submit;
        if (!RodinFaultEndpoints.All.Contains(endpoint))
        {
            errors[prefix + "endpoint"] = [$"Must be one of: {string.Join(", ", RodinFaultEndpoints.All)}."];
        }

        switch (Kind)
        {
            case RodinFaultKinds.BusinessError when string.IsNullOrWhiteSpace(Error):
                errors[prefix + "error"] = ["A business-error fault needs the error code, e.g. INSUFFICIENT_FUND."];
                break;
            case RodinFaultKinds.BusinessError when endpoint == RodinFaultEndpoints.Files:
                errors[prefix + "endpoint"] = ["The file host has no business errors; use an http-status fault."];
                break;
            case RodinFaultKinds.HttpStatus when Status is not (>= 400 and <= 599):
                errors[prefix + "status"] = ["An http-status fault needs a status from 400 to 599."];
                break;
            case RodinFaultKinds.JobFailed or RodinFaultKinds.Stall when endpoint != RodinFaultEndpoints.Submit:
                errors[prefix + "endpoint"] = [$"A {Kind} fault applies to submit only."];
                break;
            case RodinFaultKinds.BusinessError or RodinFaultKinds.HttpStatus or RodinFaultKinds.JobFailed or RodinFaultKinds.Stall:
                break;
            default:
                errors[prefix + "kind"] = ["Must be one of: business-error, http-status, job-failed, stall."];
                break;
        }

        return this with { Endpoint = endpoint };
    }
}
