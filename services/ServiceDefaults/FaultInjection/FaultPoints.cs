namespace GenerationGateway.ServiceDefaults.FaultInjection;

/// <summary>The places where an <see cref="IFaultInjector"/> is asked whether to fail.</summary>
public static class FaultPoints
{
    /// <summary>Before a paid submit records its intent (the vendor is certainly not called yet).</summary>
    public const string SubmitIntent = "submit-intent";

    /// <summary>After the vendor accepted the paid submit and the ledger recorded its job id, before the reply.</summary>
    public const string SubmitAccepted = "submit-accepted";

    /// <summary>After a status check got the vendor's answer, before the reply.</summary>
    public const string StatusChecked = "status-checked";

    /// <summary>After the first asset was stored, while the others are still being copied.</summary>
    public const string AssetStored = "asset-stored";

    /// <summary>After a saga's state and outgoing messages committed, before the outbox relayed them.</summary>
    public const string SagaCommitted = "saga-committed";

    /// <summary>After results stored a completion, before the message was acknowledged.</summary>
    public const string CompletionStored = "completion-stored";
}
