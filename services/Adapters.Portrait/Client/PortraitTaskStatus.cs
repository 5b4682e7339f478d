namespace GenerationGateway.Adapters.Portrait.Client;

/// <summary>A task as <c>aigc_task_query</c> describes it.</summary>
public sealed record PortraitTaskStatus(string Id, PortraitTaskState State, PortraitTaskType Type, IReadOnlyList<Uri> ResultPaths)
{
    /// <summary>The vendor's words for the state, for logs and progress events.</summary>
    public string VendorStatus => $"state {(int)State} ({State}), tsk_type {(int)Type}";
}
