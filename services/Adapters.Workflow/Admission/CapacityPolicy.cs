namespace GenerationGateway.Adapters.Workflow.Admission;

/// <summary>A vendor account's capacity, from the vendor's <see cref="WorkflowOptions"/>.</summary>
public sealed record CapacityPolicy
{
    /// <summary>Jobs submitted and not finished, across every replica.</summary>
    public required int MaxConcurrentJobs { get; init; }

    /// <summary>How long a slot is typically held, for the queue's estimate until measured.</summary>
    public required TimeSpan TypicalJobDuration { get; init; }

    public static CapacityPolicy Of(WorkflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new() { MaxConcurrentJobs = options.MaxConcurrentJobs, TypicalJobDuration = options.TypicalJobDuration };
    }
}
