using System.Diagnostics;

namespace GenerationGateway.Benchmarks;

/// <summary>This process's resident memory (peak of one-second samples) and CPU time over a measured window.</summary>
public sealed class ProcessSampler
{
    readonly Process _process = Process.GetCurrentProcess();
    readonly TimeSpan _cpuAtStart;
    readonly long _startedAt = Stopwatch.GetTimestamp();

    public ProcessSampler()
    {
        _process.Refresh();
        _cpuAtStart = _process.TotalProcessorTime;
    }

    public long PeakResidentBytes { get; private set; }

    public long ResidentBytes { get; private set; }

    /// <summary>The GC heap's peak size (as of the last collection, or allocated so far if larger): what the process's objects hold; the rest of RSS is runtime, code and native buffers.</summary>
    public long PeakManagedBytes { get; private set; }

    public void Sample()
    {
        _process.Refresh();
        ResidentBytes = _process.WorkingSet64;
        PeakResidentBytes = Math.Max(PeakResidentBytes, ResidentBytes);
        PeakManagedBytes = Math.Max(PeakManagedBytes, Math.Max(GC.GetGCMemoryInfo().HeapSizeBytes, GC.GetTotalMemory(forceFullCollection: false)));
    }

    /// <summary>CPU used since the start, as a percentage of one core.</summary>
    public double CpuPercentOfOneCore()
    {
        _process.Refresh();
        var wall = Stopwatch.GetElapsedTime(_startedAt);
        return (_process.TotalProcessorTime - _cpuAtStart) / wall * 100;
    }
}
