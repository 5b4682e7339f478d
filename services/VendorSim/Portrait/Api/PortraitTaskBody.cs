namespace GenerationGateway.VendorSim.Portrait.Api;

/// <summary>The body of <c>aigc_task_query</c> (and of a callback): <c>{state, id, tsk_type, result_paths}</c>.</summary>
public sealed record PortraitTaskBody(int State, string Id, int TskType, IReadOnlyList<Uri> ResultPaths);
