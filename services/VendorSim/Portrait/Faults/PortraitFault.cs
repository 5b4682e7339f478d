using System.Text.Json.Serialization;
using GenerationGateway.VendorSim.Faults;

namespace GenerationGateway.VendorSim.Portrait.Faults;

/// <summary>
/// One scripted fault, as posted to <c>POST /_sim/portrait/faults</c>; see <see cref="PortraitFaultKinds"/>.
/// Examples: <c>{"kind":"gateway-error"}</c> (403 Quota Exhausted on the next API call),
/// <c>{"kind":"business-error","ret":7,"message":"no face","endpoint":"upload"}</c>, <c>{"kind":"training-failed"}</c>.
/// </summary>
public sealed record PortraitFault : IScriptedFault<PortraitFault>
{
    public string? Kind { get; init; }

    /// <summary>Which endpoint a request fault hits (<see cref="PortraitFaultEndpoints"/>); <c>any</c> when omitted.</summary>
    public string? Endpoint { get; init; }

    /// <summary>The HTTP status of a gateway-error (403 by default) or http-status fault.</summary>
    public int? Status { get; init; }

    /// <summary>The non-zero <c>ret</c> of a business-error (1 by default).</summary>
    public int? Ret { get; init; }

    /// <summary>The X-Ca-Error-Message of a gateway-error, or the message of a business-error or http-status fault.</summary>
    public string? Message { get; init; }

    [JsonIgnore]
    public bool IsRequestFault => PortraitFaultKinds.IsRequestFault(Kind);

    /// <summary>This fault with its defaults spelled out, adding validation errors keyed by field.</summary>
    public PortraitFault Normalize(int index, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var prefix = $"[{index}].";
        if (Kind is null || !PortraitFaultKinds.All.Contains(Kind))
        {
            errors[prefix + "kind"] = [$"Must be one of: {string.Join(", ", PortraitFaultKinds.All)}."];
            return this;
        }

        if (!IsRequestFault)
        {
            if (Endpoint is not null)
            {
                errors[prefix + "endpoint"] = [$"A {Kind} fault applies to the next task created; it takes no endpoint."];
            }

            return this;
        }

        var endpoint = Endpoint ?? PortraitFaultEndpoints.Any;
        if (!PortraitFaultEndpoints.All.Contains(endpoint))
        {
            errors[prefix + "endpoint"] = [$"Must be one of: {string.Join(", ", PortraitFaultEndpoints.All)}."];
        }

        switch (Kind)
        {
            case PortraitFaultKinds.GatewayError when Status is not null and not (>= 400 and <= 599):
            case PortraitFaultKinds.HttpStatus when Status is not (>= 400 and <= 599):
                errors[prefix + "status"] = ["Must be an HTTP status from 400 to 599."];
                break;
            case PortraitFaultKinds.BusinessError when Ret == 0:
                errors[prefix + "ret"] = ["A business error has a non-zero ret."];
                break;
            case PortraitFaultKinds.BusinessError when endpoint == PortraitFaultEndpoints.Files:
                errors[prefix + "endpoint"] = ["The file host has no business errors; use an http-status fault."];
                break;
        }

        return Kind switch
        {
            PortraitFaultKinds.GatewayError => this with { Endpoint = endpoint, Status = Status ?? 403, Message = Message ?? "Quota Exhausted" },
            PortraitFaultKinds.BusinessError => this with { Endpoint = endpoint, Ret = Ret ?? 1, Message = Message ?? "Injected business error." },
            _ => this with { Endpoint = endpoint },
        };
    }
}
