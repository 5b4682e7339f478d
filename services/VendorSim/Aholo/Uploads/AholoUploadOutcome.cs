namespace GenerationGateway.VendorSim.Aholo.Uploads;

/// <summary>What the upload host answers a call: the <c>c</c> code, its message, and the upload it concerns.</summary>
public sealed record AholoUploadOutcome(string Code, string? Message, AholoUpload? Upload)
{
    public bool IsSuccess => Code == Responses.AholoCodes.Success;

    /// <summary>For a block-upload init: the missing blocks as range strings (<c>["1-3","7"]</c>).</summary>
    public IReadOnlyList<string> LackBlocks { get; init; } = [];

    public static AholoUploadOutcome Ok(AholoUpload upload) => new(Responses.AholoCodes.Success, null, upload);

    public static AholoUploadOutcome Token(string message) => new(Responses.AholoCodes.TokenProblem, message, null);

    public static AholoUploadOutcome Invalid(string message) => new(Responses.AholoCodes.InvalidParameter, message, null);
}
