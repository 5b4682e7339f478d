namespace GenerationGateway.Adapters.Portrait.Client;

/// <summary>What a create call answers: the new task's id and the person's <c>user_id</c>.</summary>
public sealed record PortraitTaskTicket(string TaskId, string UserId);
