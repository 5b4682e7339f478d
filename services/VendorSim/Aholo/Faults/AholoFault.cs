using System.Text.Json.Serialization;
using GenerationGateway.VendorSim.Faults;

namespace GenerationGateway.VendorSim.Aholo.Faults;

/// <summary>
/// One scripted fault, as posted to <c>POST /_sim/aholo/faults</c>; see <see cref="AholoFaultKinds"/>. Examples:
/// <c>{"kind":"envelope-error","endpoint":"create-3d-recon","code":"11003"}</c>, <c>{"kind":"job-status","status":7}</c>,
/// <c>{"kind":"upload-failed","status":8}</c>, <c>{"kind":"http-status","endpoint":"task-list","status":503}</c>.
/// </summary>
public sealed record AholoFault : IScriptedFault<AholoFault>
{
    public string? Kind { get; init; }

    /// <summary>The endpoint a request fault hits (<see cref="AholoFaultEndpoints"/>).</summary>
    public string? Endpoint { get; init; }

    /// <summary>The <c>c</c> of an envelope error, e.g. <c>11003</c>.</summary>
    public string? Code { get; init; }

    /// <summary>The <c>m</c> of an envelope error, or the <c>errorMsg</c> of a failed upload or job.</summary>
    public string? Message { get; init; }

    /// <summary>The HTTP status (400–599), upload status (6, 8) or job status (4–7), by kind.</summary>
    public int? Status { get; init; }

    [JsonIgnore]
    public bool IsRequestFault => Kind is AholoFaultKinds.EnvelopeError or AholoFaultKinds.HttpStatus;

    /// <summary>This fault checked, or the validation errors keyed by <c>[index].field</c>.</summary>
    public AholoFault Normalize(int index, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var prefix = $"[{index}].";
        if (IsRequestFault && !AholoFaultEndpoints.All.Contains(Endpoint))
        {
            errors[prefix + "endpoint"] = [$"A {Kind} fault needs an endpoint: {string.Join(", ", AholoFaultEndpoints.All)}."];
        }

        switch (Kind)
        {
            case AholoFaultKinds.EnvelopeError when string.IsNullOrWhiteSpace(Code) || Code == "0":
                errors[prefix + "code"] = ["An envelope-error fault needs a code other than \"0\", e.g. \"11003\"."];
                break;
            case AholoFaultKinds.EnvelopeError when Endpoint == AholoFaultEndpoints.Files:
                errors[prefix + "endpoint"] = ["The file host has no envelope; use an http-status fault."];
                break;
            case AholoFaultKinds.HttpStatus when Status is not (>= 400 and <= 599):
                errors[prefix + "status"] = ["An http-status fault needs a status from 400 to 599."];
                break;
            case AholoFaultKinds.UploadFailed when Status is not (6 or 8):
                errors[prefix + "status"] = ["An upload-failed fault needs upload status 6 or 8."];
                break;
            case AholoFaultKinds.JobStatus when Status is not (>= 4 and <= 7):
                errors[prefix + "status"] = ["A job-status fault needs job status 4 (failed), 5 (cancelled), 6 (timeout) or 7 (rejected)."];
                break;
            case var kind when AholoFaultKinds.All.Contains(kind):
                break;
            default:
                errors[prefix + "kind"] = [$"Must be one of: {string.Join(", ", AholoFaultKinds.All)}."];
                break;
        }

        return this;
    }
}
