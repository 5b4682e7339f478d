namespace GenerationGateway.Adapters.Workflow.Vendors;

public sealed record ReconcileOutcome
{
    public required ReconcileResult Result { get; init; }

    /// <summary>The job found, when <see cref="ReconcileResult.Found"/>.</summary>
    public SubmitOutcome? Submitted { get; init; }

    public static ReconcileOutcome Found(SubmitOutcome submitted) => new() { Result = ReconcileResult.Found, Submitted = submitted };

    public static ReconcileOutcome NotFound { get; } = new() { Result = ReconcileResult.NotFound };

    public static ReconcileOutcome NotSupported { get; } = new() { Result = ReconcileResult.NotSupported };
}
