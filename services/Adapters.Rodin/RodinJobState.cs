namespace GenerationGateway.Adapters.Rodin;

/// <summary>One job of a Rodin task and its status word (<c>Waiting</c>, <c>Generating</c>, <c>Done</c>, <c>Failed</c>, <c>Canceled</c>).</summary>
public sealed record RodinJobState(string Uuid, string Status)
{
    public const string Waiting = "Waiting";
    public const string Generating = "Generating";
    public const string Done = "Done";
    public const string Failed = "Failed";
    public const string Canceled = "Canceled";
}
