using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Portrait.VendorApi;

/// <summary>One API call: its name for messages, and what a non-zero <c>ret</c> on it means.</summary>
sealed record PortraitOperation(string Name, VendorErrorKind RetKind, FailureReason RetReason)
{
    /// <summary>The vendor refused the photo (not an image, no face...): the request's input is unusable.</summary>
    public static PortraitOperation Upload { get; } = new("upload_file", VendorErrorKind.Rejected, FailureReason.InputUnavailable);

    public static PortraitOperation UserModelCreate { get; } = new("aigc_user_model_create", VendorErrorKind.Rejected, FailureReason.InvalidRequest);

    /// <summary>A task the vendor no longer knows.</summary>
    public static PortraitOperation TaskQuery { get; } = new("aigc_task_query", VendorErrorKind.Rejected, FailureReason.VendorJobLost);

    /// <summary>Listing the catalogue takes no parameters: a refusal is the vendor's trouble.</summary>
    public static PortraitOperation Styles { get; } = new("aigc_product_brief_query", VendorErrorKind.Unavailable, FailureReason.VendorUnavailable);

    public static PortraitOperation TaskCreate { get; } = new("aigc_task_create", VendorErrorKind.Rejected, FailureReason.InvalidRequest);
}
