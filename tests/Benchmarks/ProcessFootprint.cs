using System.Diagnostics;

namespace GenerationGateway.Benchmarks;

/// <summary>Memory figures of this process over a measured section.</summary>
public sealed class ProcessFootprint
{
    readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);

    public long AllocatedBytes { get; private set; }

    public long PeakWorkingSetBytes { get; private set; }

    public long ManagedHeapBytes { get; private set; }

    public void Stop()
    {
        AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - _allocatedAtStart;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        PeakWorkingSetBytes = process.PeakWorkingSet64;
        ManagedHeapBytes = GC.GetGCMemoryInfo().HeapSizeBytes;
    }
}
