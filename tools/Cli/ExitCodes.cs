namespace GenerationGateway.Cli;

/// <summary>What <c>gateway</c> exits with, so that a script tells the outcomes apart (README, "The CLI").</summary>
public static class ExitCodes
{
    /// <summary>Done; a generation waited for (<c>submit --wait</c>, <c>watch</c>) completed.</summary>
    public const int Completed = 0;

    /// <summary>The gateway could not be reached, answered a server error (5xx), or a download did not match its checksum.</summary>
    public const int Error = 1;

    /// <summary>The command line is wrong: an unknown command or option, a bad value, no API key.</summary>
    public const int Usage = 2;

    /// <summary>The generation waited for failed.</summary>
    public const int Failed = 3;

    /// <summary>The generation waited for was cancelled.</summary>
    public const int Cancelled = 4;

    /// <summary>The gateway refused the request (4xx: a bad field, an unknown id, a missing scope); its problem details are printed.</summary>
    public const int Rejected = 5;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Interrupted = 130;

    /// <summary>The exit code of a generation's final status.</summary>
    public static int Of(string? status) => status switch
    {
        "completed" => Completed,
        "failed" => Failed,
        "cancelled" => Cancelled,
        _ => Error,
    };
}
