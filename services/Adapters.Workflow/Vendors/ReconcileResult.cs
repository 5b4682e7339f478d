namespace GenerationGateway.Adapters.Workflow.Vendors;

public enum ReconcileResult
{
    /// <summary>The vendor has the job: carry on with it.</summary>
    Found,

    /// <summary>The vendor certainly has no such job: submitting now cannot create a second one.</summary>
    NotFound,

    /// <summary>The vendor cannot be searched: the outcome stays unknown.</summary>
    NotSupported,
}
