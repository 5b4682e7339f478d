using System.Text.Json.Serialization;
using GenerationGateway.VendorSim.Faults;

namespace GenerationGateway.VendorSim.SeaArt.Faults;

/// <summary>
/// One scripted fault, as posted to <c>POST /_sim/seaart/faults</c>. Examples:
/// <c>{"kind":"task-failed","code":"13001097","message":"upstream 502"}</c>, <c>{"kind":"stall"}</c>,
/// <c>{"kind":"http-status","status":429,"endpoint":"task","retryAfterSeconds":2}</c>.
/// </summary>
public sealed record SeaArtFault : IScriptedFault<SeaArtFault>
{
    public const string DefaultFailureCode = "13001095";

    public string? Kind { get; init; }

    /// <summary>Which endpoint an http-status fault hits (<see cref="SeaArtFaultEndpoints"/>); <c>create</c> when omitted.</summary>
    public string? Endpoint { get; init; }

    /// <summary>The HTTP status of an http-status fault, 400 to 599.</summary>
    public int? Status { get; init; }

    /// <summary>The <c>Retry-After</c> seconds of a 429 (default 1).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>The <c>error.code</c> a task-failed fault ends the task with.</summary>
    public string? Code { get; init; }

    public string? Message { get; init; }

    [JsonIgnore]
    public bool IsTaskFault => Kind is SeaArtFaultKinds.TaskFailed or SeaArtFaultKinds.Stall;

    /// <summary>This fault with its defaults spelled out; errors are added keyed by field.</summary>
    public SeaArtFault Normalize(int index, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var prefix = $"[{index}].";
        switch (Kind)
        {
            case SeaArtFaultKinds.HttpStatus:
                if (Status is not (>= 400 and <= 599))
                {
                    errors[prefix + "status"] = ["An http-status fault needs a status from 400 to 599."];
                }

                if (!SeaArtFaultEndpoints.All.Contains(Endpoint ?? SeaArtFaultEndpoints.Create))
                {
                    errors[prefix + "endpoint"] = [$"Must be one of: {string.Join(", ", SeaArtFaultEndpoints.All)}."];
                }

                if (RetryAfterSeconds is < 0 or > 3600)
                {
                    errors[prefix + "retryAfterSeconds"] = ["Must be from 0 to 3600."];
                }

                return this with { Endpoint = Endpoint ?? SeaArtFaultEndpoints.Create };
            case SeaArtFaultKinds.TaskFailed or SeaArtFaultKinds.Stall:
                if (Endpoint is not null)
                {
                    errors[prefix + "endpoint"] = [$"A {Kind} fault applies to the next created task; it takes no endpoint."];
                }

                return Kind == SeaArtFaultKinds.TaskFailed && string.IsNullOrWhiteSpace(Code) ? this with { Code = DefaultFailureCode } : this;
            default:
                errors[prefix + "kind"] = [$"Must be one of: {string.Join(", ", SeaArtFaultKinds.All)}."];
                return this;
        }
    }
}
