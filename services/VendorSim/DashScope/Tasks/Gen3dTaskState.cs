namespace GenerationGateway.VendorSim.DashScope.Tasks;

/// <summary>A task at one moment: its status, when it started running and when it ended (null until then).</summary>
public sealed record Gen3dTaskState(string Status, DateTimeOffset? ScheduledAt, DateTimeOffset? EndAt);
