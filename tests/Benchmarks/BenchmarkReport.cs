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

        Console.WriteLine();
        foreach (var target in _targets)
        {
            Console.WriteLine(target);
        }

        Console.WriteLine(Missed == 0 ? "all targets met" : $"{Missed} target(s) missed");
    }

    IEnumerable<MessagingTransport> Transports() => settings.Transport switch
    {
        "inmemory" => [MessagingTransport.InMemory],
        "rabbitmq" => [MessagingTransport.RabbitMq],
        "both" => [MessagingTransport.InMemory, MessagingTransport.RabbitMq],
        _ => throw new ArgumentException($"Unknown transport '{settings.Transport}'. {BenchmarkSettings.Usage}"),
    };
}
