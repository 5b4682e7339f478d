namespace GenerationGateway.Intake.Api.Storage;

/// <summary>The spelling of a <see cref="TerminalStatus"/> in the database and in problem details (the results API's status names).</summary>
public static class TerminalStatusNames
{
    public static string Of(TerminalStatus status) => status switch
    {
        TerminalStatus.Completed => "completed",
        TerminalStatus.Failed => "failed",
        TerminalStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static TerminalStatus Parse(string name) => name switch
    {
        "completed" => TerminalStatus.Completed,
        "failed" => TerminalStatus.Failed,
        "cancelled" => TerminalStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a terminal status."),
    };
}
