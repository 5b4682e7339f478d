namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// What <c>upload/status</c> said: 5 with a url is success, 6 or 8 failure, code 12 a token problem (reused, expired,
/// or no upload bound); anything else is still in progress (docs/vendors/aholo.md §4).
/// </summary>
public sealed record AholoUploadStatus(int? Status, Uri? Url, string? ErrorCode, string? ErrorMessage, bool TokenProblem = false)
{
    public const int Success = 5;
    public const int Failed = 6;
    public const int Rejected = 8;

    public static AholoUploadStatus TokenRejected(string? message) => new(null, null, "12", message, TokenProblem: true);

    public bool IsSucceeded => !TokenProblem && Status == Success && Url is not null;

    public bool IsFailed => !TokenProblem && Status is Failed or Rejected;

    public bool IsPending => !TokenProblem && !IsSucceeded && !IsFailed;
}
