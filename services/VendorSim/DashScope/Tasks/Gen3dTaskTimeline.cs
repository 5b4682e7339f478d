namespace GenerationGateway.VendorSim.DashScope.Tasks;

/// <summary>How long a task waits, runs, and is kept after it ended.</summary>
public sealed record Gen3dTaskTimeline(TimeSpan Pending, TimeSpan Running, TimeSpan Retention);
