using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Vendors;

/// <summary>
/// What a vendor plugs into the one generation workflow. Every method is one vendor round (one or a
/// few HTTP calls); the workflow decides what runs when, how often, and what happens on failure.
/// Methods throw <see cref="VendorCallException"/> when the vendor answers with an error; any other
/// exception means the vendor could not be reached or answered nonsense.
/// </summary>
public interface IVendorWorkflow
{
    /// <summary>The vendor key (the routing key of its requests).</summary>
    string Vendor { get; }

    /// <summary>
    /// Makes the inputs usable by the vendor: fetch, upload, wait for the upload to be processed,
    /// train a per-subject model... Called again after <see cref="PrepareOutcome.Waiting"/>.
    /// No paid vendor job may be created here unless it is found again on the next call.
    /// </summary>
    Task<PrepareOutcome> PrepareAsync(VendorJob job, CancellationToken cancellationToken);

    /// <summary>
    /// Whether <see cref="PrepareAsync"/> has anything to do for <paramref name="request"/>. When a vendor knows it has not
    /// (a text prompt, no file to upload or check), the workflow submits at once and saves the prepare round trip.
    /// </summary>
    static virtual bool NeedsPreparation(GenerationRequested request) => true;

    /// <summary>The paid submit. Called at most once per generation unless it threw a <see cref="VendorErrorKind.Throttled"/> or <see cref="VendorErrorKind.Unreachable"/> error.</summary>
    Task<SubmitOutcome> SubmitAsync(VendorJob job, CancellationToken cancellationToken);

    /// <summary>
    /// After a crash between recording the submit intent and recording the vendor's job id: finds
    /// the job the submit may have created. Vendors that cannot search their jobs return
    /// <see cref="ReconcileOutcome.NotSupported"/>, and the generation fails as submit-outcome-unknown.
    /// </summary>
    Task<ReconcileOutcome> ReconcileSubmitAsync(VendorJob job, CancellationToken cancellationToken);

    /// <summary>One status check of the submitted job.</summary>
    Task<StatusOutcome> CheckAsync(VendorJob job, CancellationToken cancellationToken);

    /// <summary>Lists the finished job's downloadable assets (the workflow copies them into the asset store).</summary>
    Task<CollectOutcome> CollectAsync(VendorJob job, CancellationToken cancellationToken);

    /// <summary>Asks the vendor to stop the job, where it can.</summary>
    Task<CancelOutcome> CancelAsync(VendorJob job, CancellationToken cancellationToken);
}
