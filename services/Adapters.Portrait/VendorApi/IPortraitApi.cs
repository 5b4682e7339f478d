using Refit;

namespace GenerationGateway.Adapters.Portrait.VendorApi;

/// <summary>
/// The portrait API's calls that create something (docs/vendors/portrait.md §3): an uploaded file, a training, a generation task.
/// Its client has no retry: none of them is sent twice.
/// </summary>
[Headers("Accept: application/json")]
interface IPortraitApi
{
    /// <summary><c>POST cloud/upload_file</c>; the photo goes in the part <c>file</c> (not documented; docs/vendors/portrait.md §3 guesses it).</summary>
    [Multipart]
    [Post("/cloud/upload_file")]
    Task<HttpResponseMessage> UploadFileAsync([AliasAs("file")] ByteArrayPart file, [Authorize("APPCODE")] string appCode, CancellationToken cancellationToken);

    /// <summary><c>POST cloud/aigc_user_model_create</c>: a paid training.</summary>
    [Post("/cloud/aigc_user_model_create")]
    Task<HttpResponseMessage> CreateUserModelAsync([Body] PortraitUserModelRequest body, [Authorize("APPCODE")] string appCode, CancellationToken cancellationToken);

    /// <summary><c>POST cloud/aigc_task_create</c>: a paid generation.</summary>
    [Post("/cloud/aigc_task_create")]
    Task<HttpResponseMessage> CreateTaskAsync([Body] PortraitTaskCreateRequest body, [Authorize("APPCODE")] string appCode, CancellationToken cancellationToken);
}
