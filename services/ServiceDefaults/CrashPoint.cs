using System.Diagnostics;

namespace GenerationGateway.ServiceDefaults;

/// <summary>
/// Named places where a process can be made to die abruptly, for crash tests: with the environment
/// variable <c>GATEWAY_CRASH_POINT</c> set to a point's name, the process kills itself (SIGKILL, no
/// shutdown, no flush) the first time it reaches that point. Unset, a crash point does nothing.
/// </summary>
public static class CrashPoint
{
    public const string EnvironmentVariable = "GATEWAY_CRASH_POINT";

    /// <summary>After the vendor accepted the paid submit and the ledger recorded its job id, before the reply.</summary>
    public const string SubmitAccepted = "submit-accepted";

    /// <summary>After a status check got the vendor's answer, before the reply.</summary>
    public const string StatusChecked = "status-checked";

    /// <summary>After the first asset was stored, while the others are still being copied.</summary>
    public const string AssetStored = "asset-stored";

    /// <summary>After a saga's state and outgoing messages committed, before the outbox relayed them.</summary>
    public const string SagaCommitted = "saga-committed";

    /// <summary>After results stored a completion, before the message was acknowledged.</summary>
    public const string CompletionStored = "completion-stored";

    static readonly string? Armed = Environment.GetEnvironmentVariable(EnvironmentVariable);

    public static void Reached(string name)
    {
        if (Armed is not null && string.Equals(Armed, name, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"CRASH POINT {name}: killing process {Environment.ProcessId}");
            Console.Error.Flush();
            Process.GetCurrentProcess().Kill();
        }
    }
}
