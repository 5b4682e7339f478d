namespace GenerationGateway.VendorSim.DashScope.Responses;

/// <summary>The answer to a submit or a task query: <c>{"request_id","output":{…},"usage":{"count":1}}</c>.</summary>
public sealed record DashScopeTaskResponse(string RequestId, DashScopeTaskOutput Output, DashScopeUsage? Usage = null);
