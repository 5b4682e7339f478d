namespace GenerationGateway.VendorSim.DashScope.Responses;

/// <summary>A successful cancel (the real body is undocumented; docs/vendors/dashscope.md §5 guesses this).</summary>
public sealed record DashScopeCancelResponse(string RequestId);
