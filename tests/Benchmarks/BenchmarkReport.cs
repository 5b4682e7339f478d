using GenerationGateway.ServiceDefaults;

namespace GenerationGateway.Benchmarks;

/// <summary>Runs the chosen scenarios, prints their figures and checks them against the targets.</summary>
public sealed class BenchmarkReport(BenchmarkSettings settings)
{
    readonly List<BenchmarkTarget> _targets = [];

    public int Missed => _targets.Count(target => !target.Met);

    public async Task RunAsync()
    {
        Console.WriteLine($"GenerationGateway benchmarks on {Environment.ProcessorCount} cores, .NET {Environment.Version}; {settings}");
        if (settings.Scenario is "workflow" or "all")
        {
            foreach (var transport in Transports())
            {
                var figures = await WorkflowBenchmark.RunAsync(transport, settings);
                Console.WriteLine(figures);
                var name = $"workflow/{transport}";
                _targets.Add(new BenchmarkTarget($"{name} failed generations", figures.Failed, 0, AtLeast: false, "generations"));
                _targets.Add(new BenchmarkTarget($"{name} throughput", figures.PerSecond, BenchmarkTargets.MinGenerationsPerSecond(transport), AtLeast: true, "generations/s"));
                _targets.Add(new BenchmarkTarget($"{name} allocated per generation", figures.AllocatedPerGeneration / 1024.0, BenchmarkTargets.MaxAllocatedKilobytesPerGeneration(settings.AssetKilobytes), AtLeast: false, "KiB"));
                if (transport == MessagingTransport.RabbitMq)
                {
                    var raw = await RawBrokerBenchmark.RunAsync(settings);
                    var cost = raw.EquivalentsPerGeneration(figures);
                    Console.WriteLine(raw);
                    Console.WriteLine($"  one generation costs {cost:F0} raw publish+consume pairs of work");
                    _targets.Add(new BenchmarkTarget($"{name} cost", cost, BenchmarkTargets.MaxRawMessageEquivalentsPerGeneration, AtLeast: false, "raw messages per generation"));
                }
            }
        }

        if (settings.Scenario is "scheduler" or "all")
        {
            var figures = await SchedulerBenchmark.RunAsync(settings);
            Console.WriteLine(figures);
            _targets.Add(new BenchmarkTarget("scheduler duplicates", figures.Duplicates, 0, AtLeast: false, "messages"));
            _targets.Add(new BenchmarkTarget("scheduler dispatch rate", figures.DispatchedPerSecond, BenchmarkTargets.MinScheduledDispatchPerSecond, AtLeast: true, "messages/s"));
            _targets.Add(new BenchmarkTarget("scheduler first-message lateness (p0 of a burst)", figures.Lag.Min.TotalMilliseconds, BenchmarkTargets.MaxFirstDispatchLatenessMilliseconds, AtLeast: false, "ms"));
        }

        if (settings.Scenario is "inflight" or "all")
        {
            await RunInflightAsync();
        }

        if (settings.Scenario is "statuschecks" or "all")
        {
            var figures = await StatusCheckBenchmark.RunAsync(settings);
            Console.WriteLine(figures);
            var load = $" [load {figures.LoadAtEnd}]";
            _targets.Add(new BenchmarkTarget($"statuschecks held at I={settings.IntervalSeconds} s (target's I=30 s){load}", figures.Phase.Total, BenchmarkTargets.MinInflight, AtLeast: true, "generations"));
            _targets.Add(new BenchmarkTarget("statuschecks check lateness p99" + load, figures.Lateness.Count == 0 ? double.PositiveInfinity : figures.Lateness.P99.TotalSeconds, BenchmarkTargets.MaxCheckLatenessP99Seconds, AtLeast: false, "s"));
            _targets.Add(new BenchmarkTarget("statuschecks adapter peak RSS" + load, figures.PeakResidentBytes / 1048576.0, BenchmarkTargets.MaxResidentMebibytes, AtLeast: false, "MiB"));
            _targets.Add(new BenchmarkTarget("statuschecks vendor calls over the ideal (max)" + load, figures.CallsOverIdeal ?? double.PositiveInfinity, BenchmarkTargets.MaxCallsOverIdeal, AtLeast: false, "calls"));
        }

        Console.WriteLine();
        foreach (var target in _targets)
        {
            Console.WriteLine(target);
        }

        Console.WriteLine(Missed == 0 ? "all targets met" : $"{Missed} target(s) missed");
    }

    async Task RunInflightAsync()
    {
        var hold = await InflightBenchmark.RunAsync(settings.HoldPhase, settings);
        Console.WriteLine(hold);
        var load = $" [load {hold.LoadAtEnd}]";
        _targets.Add(new BenchmarkTarget("inflight/hold failed generations" + load, hold.Failed, 0, AtLeast: false, "generations"));
        _targets.Add(new BenchmarkTarget($"inflight/hold held at the vendor at I={settings.IntervalSeconds} s (target's I=30 s){load}", hold.Fill.HeldAtWindowStart, BenchmarkTargets.MinInflight, AtLeast: true, "generations"));
        _targets.Add(new BenchmarkTarget("inflight/hold check lateness p99" + load, hold.Lateness.Count == 0 ? double.PositiveInfinity : hold.Lateness.P99.TotalSeconds, BenchmarkTargets.MaxCheckLatenessP99Seconds, AtLeast: false, "s"));
        _targets.Add(new BenchmarkTarget("inflight/hold adapter peak RSS" + load, hold.PeakResidentBytes / 1048576.0, BenchmarkTargets.MaxResidentMebibytes, AtLeast: false, "MiB"));
        _targets.Add(new BenchmarkTarget("inflight/hold vendor calls per job over the ideal (max; running jobs against their checks so far)" + load,
            hold.CallsOverIdeal ?? double.PositiveInfinity, BenchmarkTargets.MaxCallsOverIdeal, AtLeast: false, "calls"));

        var fair = await InflightBenchmark.RunAsync(settings.FairPhase, settings);
        Console.WriteLine(fair);
        load = $" [load {fair.LoadAtEnd}]";
        _targets.Add(new BenchmarkTarget("inflight/fair failed generations" + load, fair.Failed, 0, AtLeast: false, "generations"));
        _targets.Add(new BenchmarkTarget("inflight/fair jobs running at the vendor (max)" + load, fair.Vendor.MaxRunning, settings.Capacity, AtLeast: false, "jobs"));
        _targets.Add(new BenchmarkTarget("inflight/fair quiet tenant's job after a slot freed" + load,
            fair.QuietSubmitAfterSlotFreed?.TotalSeconds ?? double.PositiveInfinity, settings.FairPhase.SlotTime.TotalSeconds, AtLeast: false, "s"));
        _targets.Add(new BenchmarkTarget("inflight/fair vendor calls per job (max)" + load, fair.CallsPerJobMax, settings.FairPhase.IdealCallsPerJob + BenchmarkTargets.MaxCallsOverIdeal, AtLeast: false, "calls"));
    }

    IEnumerable<MessagingTransport> Transports() => settings.Transport switch
    {
        "inmemory" => [MessagingTransport.InMemory],
        "rabbitmq" => [MessagingTransport.RabbitMq],
        "both" => [MessagingTransport.InMemory, MessagingTransport.RabbitMq],
        _ => throw new ArgumentException($"Unknown transport '{settings.Transport}'. {BenchmarkSettings.Usage}"),
    };
}
