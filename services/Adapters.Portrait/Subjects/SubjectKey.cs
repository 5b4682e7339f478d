namespace GenerationGateway.Adapters.Portrait.Subjects;

/// <summary>A person, as one tenant refers to it: two tenants' equal references are different people.</summary>
public sealed record SubjectKey(string TenantId, string SubjectReference);
