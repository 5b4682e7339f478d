namespace GenerationGateway.VendorSim.Portrait.Faults;

public static class PortraitFaultKinds
{
    /// <summary>
    /// An API-gateway refusal: HTTP <c>Status</c> (403 by default) with <c>X-Ca-Error-Message: {Message}</c>
    /// (<c>Quota Exhausted</c> by default) and an empty body (docs/vendors/portrait.md §2).
    /// </summary>
    public const string GatewayError = "gateway-error";

    /// <summary>HTTP 200 with <c>{"ret": Ret, "body": Message, "msg": Message}</c> (Ret 1 by default).</summary>
    public const string BusinessError = "business-error";

    /// <summary>HTTP <c>Status</c> from the vendor backend (no X-Ca-Error-Message) with a text body.</summary>
    public const string HttpStatus = "http-status";

    /// <summary>The next training ends in state 5.</summary>
    public const string TrainingFailed = "training-failed";

    /// <summary>The next generation ends in state 5.</summary>
    public const string GenerationFailed = "generation-failed";

    /// <summary>The next generation ends in state 4 with about half the photos.</summary>
    public const string GenerationPartial = "generation-partial";

    /// <summary>The next task created (training or generation) never leaves state 2.</summary>
    public const string Stall = "stall";

    /// <summary>The next task created with a callback_url has its callback sent twice.</summary>
    public const string DuplicateCallback = "duplicate-callback";

    public static IReadOnlyList<string> All { get; } =
        [GatewayError, BusinessError, HttpStatus, TrainingFailed, GenerationFailed, GenerationPartial, Stall, DuplicateCallback];

    public static bool IsRequestFault(string? kind) => kind is GatewayError or BusinessError or HttpStatus;
}
