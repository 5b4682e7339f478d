namespace GenerationGateway.Adapters.Portrait.Client;

/// <summary>
/// The AI portrait API (seed 004, docs/vendors/portrait.md §3). Errors the vendor or its API gateway answers with surface as
/// <see cref="Workflow.Vendors.VendorCallException"/>; an unreachable vendor as the transport's exception.
/// </summary>
public interface IPortraitClient
{
    /// <summary><c>POST cloud/upload_file</c> (multipart part <c>file</c>): the storage path of the photo.</summary>
    Task<string> UploadFileAsync(PortraitPhoto photo, CancellationToken cancellationToken);

    /// <summary><c>POST cloud/aigc_user_model_create</c>: starts training a person's model on 8 to 20 uploaded paths. A paid call.</summary>
    Task<PortraitTaskTicket> CreateUserModelAsync(IReadOnlyList<string> imageSet, Uri? callbackUrl, CancellationToken cancellationToken);

    /// <summary><c>POST cloud/aigc_task_query</c>: the state of a training or generation task.</summary>
    Task<PortraitTaskStatus> QueryTaskAsync(string taskId, CancellationToken cancellationToken);

    /// <summary><c>GET cloud/aigc_product_brief_query</c>: the style catalogue.</summary>
    Task<IReadOnlyList<PortraitStyle>> GetStylesAsync(CancellationToken cancellationToken);

    /// <summary><c>POST cloud/aigc_task_create</c>: generates photos of a trained person in a style. A paid call.</summary>
    Task<PortraitTaskTicket> CreateTaskAsync(string userId, string style, Uri? callbackUrl, CancellationToken cancellationToken);
}
