using System.Diagnostics;
using GenerationGateway.ServiceDefaults.FaultInjection;

namespace GenerationGateway.FaultHost;

/// <summary>Kills the process (SIGKILL: no shutdown, no flush) the first time it reaches the armed point.</summary>
internal sealed class ProcessKillingFaultInjector(string armed) : IFaultInjector
{
    public void Reached(string point)
    {
        if (string.Equals(armed, point, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"FAULT POINT {point}: killing process {Environment.ProcessId}");
            Console.Error.Flush();
            Process.GetCurrentProcess().Kill();
        }
    }
}
