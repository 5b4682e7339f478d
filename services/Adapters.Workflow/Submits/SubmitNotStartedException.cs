namespace GenerationGateway.Adapters.Workflow.Submits;

/// <summary>
/// A paid submit failed before its intent was recorded (the ledger's database or the broker was unavailable): the vendor was
/// certainly not called, so the submit is retried like any transient fault, and never becomes submit-outcome-unknown.
/// </summary>
public sealed class SubmitNotStartedException : Exception
{
    public SubmitNotStartedException()
    {
    }

    public SubmitNotStartedException(string message)
        : base(message)
    {
    }

    public SubmitNotStartedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
