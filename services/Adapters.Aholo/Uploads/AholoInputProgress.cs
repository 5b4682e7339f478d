using System.Text.Json.Serialization;

namespace GenerationGateway.Adapters.Aholo.Uploads;

/// <summary>
/// One input's upload as the workflow memo keeps it between preparation rounds: in flight (a token and its upload
/// host, polled for its status) or done (the url the upload host gave), with the meta read when it was fetched.
/// </summary>
public sealed record AholoInputProgress
{
    public string? Name { get; init; }

    /// <summary>The uploaded file's URL once the upload status said 5.</summary>
    public string? Url { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    public double? Duration { get; init; }

    /// <summary>The token the upload in flight is bound to.</summary>
    public string? Token { get; init; }

    /// <summary>The upload host of <see cref="Token"/>.</summary>
    public string? Origin { get; init; }

    /// <summary>When the upload in flight was sent.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Uploads tried so far, the one in flight included.</summary>
    public int Attempts { get; init; }

    [JsonIgnore]
    public bool IsDone => Url is not null;

    [JsonIgnore]
    public bool InFlight => Url is null && Token is not null && Origin is not null;
}
