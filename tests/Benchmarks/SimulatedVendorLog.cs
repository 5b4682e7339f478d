using System.Collections.Concurrent;
using System.Diagnostics;

namespace GenerationGateway.Benchmarks;

/// <summary>
/// What <see cref="SimulatedVendor"/> saw: every submit and check per job, the jobs running at the vendor, throttled
/// submits, and when the gateway learned that a job had finished (the moment its slot is free for the next job).
/// </summary>
public sealed class SimulatedVendorLog(TimeSpan jobDuration, int capacity, TimeSpan checkInterval)
{
    readonly ConcurrentDictionary<Guid, SimulatedJob> _jobs = new();
    readonly Queue<long> _running = new();
    readonly ConcurrentBag<(long At, double Seconds)> _lateness = [];
    readonly ConcurrentQueue<long> _slotsFreed = new();
    int _maxRunning;
    int _throttled;

    public TimeSpan JobDuration { get; } = jobDuration;

    public int Capacity { get; } = capacity;

    public TimeSpan CheckInterval { get; } = checkInterval;

    public int MaxRunning => _maxRunning;

    public int Throttled => _throttled;

    public IReadOnlyCollection<SimulatedJob> Jobs => [.. _jobs.Values];

    /// <summary>How late each check came after the interval since the job's previous call (negative: early).</summary>
    public IReadOnlyCollection<double> LatenessSeconds => [.. _lateness.Select(check => check.Seconds)];

    /// <summary>The lateness of the checks made at or after <paramref name="since"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public IReadOnlyCollection<double> LatenessSecondsSince(long since) => [.. _lateness.Where(check => check.At >= since).Select(check => check.Seconds)];

    /// <summary>Jobs the vendor accepted so far.</summary>
    public int SubmittedCount => _jobs.Values.Count(job => job.SubmittedAt is not null);

    /// <summary>
    /// The most vendor calls a job made beyond the ideal at <paramref name="now"/>: a finished job against ceil(T / I) + 1, one
    /// still running against its submit plus one check per whole interval since (so a window too short for jobs to finish
    /// still shows a poller that checks too often); null when no job was submitted.
    /// </summary>
    public int? MostCallsOverIdeal(long now)
    {
        var ideal = (int)Math.Ceiling(JobDuration / CheckInterval) + 1;
        int? most = null;
        foreach (var job in _jobs.Values)
        {
            if (job.SubmittedAt is not { } submitted)
            {
                continue;
            }

            var expected = job.DoneSeenAt is not null ? ideal : (int)(Stopwatch.GetElapsedTime(submitted, now) / CheckInterval) + 1;
            most = Math.Max(most ?? int.MinValue, job.Calls - expected);
        }

        return most;
    }

    /// <summary>Timestamps at which a check found a job done (the gateway frees its slot then).</summary>
    public IReadOnlyCollection<long> SlotsFreed => [.. _slotsFreed];

    /// <summary>Jobs at the vendor now (submitted less than <see cref="JobDuration"/> ago).</summary>
    public int RunningNow
    {
        get
        {
            lock (_running)
            {
                Expire(Stopwatch.GetTimestamp());
                return _running.Count;
            }
        }
    }

    /// <summary>A job already at the vendor whose last call was at <paramref name="lastCallAt"/> (a seeded steady state).</summary>
    public void Holding(Guid generationId, string tenant, long lastCallAt)
    {
        var job = new SimulatedJob(tenant, lastCallAt);
        job.Submitted(lastCallAt);
        _jobs[generationId] = job;
    }

    public void Requested(Guid generationId, string tenant) =>
        _jobs[generationId] = new SimulatedJob(tenant, Stopwatch.GetTimestamp());

    /// <summary>Takes a slot at the vendor, or answers false (throttled) when <see cref="Capacity"/> jobs are running.</summary>
    public bool TrySubmit(Guid generationId, string tenant)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_running)
        {
            Expire(now);
            if (_running.Count >= Capacity)
            {
                _throttled++;
                return false;
            }

            _running.Enqueue(now);
            _maxRunning = Math.Max(_maxRunning, _running.Count);
        }

        var job = _jobs.GetOrAdd(generationId, _ => new SimulatedJob(tenant, now));
        job.Submitted(now);
        return true;
    }

    /// <summary>One status check; true when the job has run its <see cref="JobDuration"/>.</summary>
    public bool Check(Guid generationId)
    {
        var now = Stopwatch.GetTimestamp();
        if (!_jobs.TryGetValue(generationId, out var job) || job.SubmittedAt is not { } submitted)
        {
            return false;
        }

        _lateness.Add((now, (Stopwatch.GetElapsedTime(job.LastCallAt, now) - CheckInterval).TotalSeconds));
        var done = Stopwatch.GetElapsedTime(submitted, now) >= JobDuration;
        if (job.Checked(now, done))
        {
            _slotsFreed.Enqueue(now);
        }

        return done;
    }

    void Expire(long now)
    {
        while (_running.Count > 0 && Stopwatch.GetElapsedTime(_running.Peek(), now) >= JobDuration)
        {
            _running.Dequeue();
        }
    }
}
