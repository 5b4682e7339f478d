namespace GenerationGateway.VendorSim.Portrait;

/// <summary>The callback payload shapes the simulator can send (the real one is not documented; docs/vendors/portrait.md §3).</summary>
public static class PortraitCallbackShapes
{
    /// <summary>The <c>aigc_task_query</c> body: <c>{state, id, tsk_type, result_paths}</c>.</summary>
    public const string Body = "body";

    /// <summary>The same wrapped in the API envelope: <c>{ret: 0, body: {...}}</c>.</summary>
    public const string Envelope = "envelope";
}
