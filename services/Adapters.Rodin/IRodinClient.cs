using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>
/// The Hyper3D Rodin API (docs/vendors/rodin.md). Errors the vendor answers with surface as
/// <see cref="Workflow.Vendors.VendorCallException"/>; an unreachable vendor as the transport's exception.
/// </summary>
public interface IRodinClient
{
    /// <summary><c>POST rodin</c>: fetches the input images and submits them with the fields. A paid call.</summary>
    Task<RodinSubmission> GenerateAsync(RodinGenerateParameters parameters, CancellationToken cancellationToken);

    /// <summary>Fetches the input images through the egress guard (no vendor call) and counts them: a failure is input-unavailable.</summary>
    Task<int> CheckImagesAsync(IReadOnlyList<InputImage> images, CancellationToken cancellationToken);

    /// <summary><c>POST status</c>: the status of every job of the task the subscription key belongs to.</summary>
    Task<IReadOnlyList<RodinJobState>> GetStatusAsync(string subscriptionKey, CancellationToken cancellationToken);

    /// <summary><c>POST download</c>: the files of a task, by its top-level uuid.</summary>
    Task<IReadOnlyList<RodinFile>> DownloadAsync(string taskUuid, CancellationToken cancellationToken);
}
