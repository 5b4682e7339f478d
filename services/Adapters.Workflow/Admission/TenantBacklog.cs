namespace GenerationGateway.Adapters.Workflow.Admission;

/// <summary>One tenant's waiting jobs at a vendor, as the fair share sees them.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="Weight">Its share relative to other tenants (at least 1).</param>
/// <param name="Finish">Its virtual finish tag: where its next grant starts unless the vendor's virtual time is already past it.</param>
/// <param name="Queued">How many of its jobs wait.</param>
/// <param name="OldestEnqueuedAt">When its oldest waiting job was queued (ties go to the older).</param>
/// <param name="OldestGenerationId">Its oldest waiting job, granted when the tenant is picked.</param>
public sealed record TenantBacklog(string TenantId, int Weight, double Finish, int Queued, DateTimeOffset OldestEnqueuedAt, Guid OldestGenerationId);
