namespace GenerationGateway.Adapters.Rodin;

/// <summary>What Rodin answered to a generate call.</summary>
/// <param name="TaskUuid">The task's top-level <c>uuid</c>: the id to download with.</param>
/// <param name="SubscriptionKey">The key the task's job statuses are read with.</param>
/// <param name="JobUuids">The task's jobs (geometry, texture...).</param>
/// <param name="Prompt">The prompt Rodin used (written from the image when none was given).</param>
public sealed record RodinSubmission(string TaskUuid, string SubscriptionKey, IReadOnlyList<string> JobUuids, string? Prompt);
