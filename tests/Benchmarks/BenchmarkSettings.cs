using System.Globalization;

namespace GenerationGateway.Benchmarks;

/// <summary>Command line: see <see cref="Usage"/> and tests/Benchmarks/README.md.</summary>
public sealed record BenchmarkSettings
{
    public string Scenario { get; init; } = "all";

    public int Generations { get; init; } = 300;

    public int ScheduledMessages { get; init; } = 2000;

    public int AssetKilobytes { get; init; } = 256;

    /// <summary>Messages of the raw RabbitMQ pass the workflow's cost is measured against.</summary>
    public int RawMessages { get; init; } = 20_000;

    public string Transport { get; init; } = "both";

    /// <summary><c>inflight</c>, hold phase: generations in flight at once, the vendor's job time, the check interval, the measured window.</summary>
    public int Inflight { get; init; } = 2000;

    public int JobSeconds { get; init; } = 60;

    public int IntervalSeconds { get; init; } = 10;

    public int WindowSeconds { get; init; } = 90;

    /// <summary><c>inflight</c>: the longest the fill (requests through the workflow to the vendor) may take before the window starts anyway.</summary>
    public int FillSeconds { get; init; } = 900;

    /// <summary><c>inflight</c>, fair phase: a burst of one tenant and one job of another against a vendor of this capacity.</summary>
    public int FairBurst { get; init; } = 200;

    public int Capacity { get; init; } = 5;

    public int FairJobSeconds { get; init; } = 4;

    public int FairIntervalSeconds { get; init; } = 1;

    public int FairWindowSeconds { get; init; } = 40;

    /// <summary>Exit with a failure code when a figure misses its target.</summary>
    public bool Enforce { get; init; }

    public static BenchmarkSettings Parse(string[] args)
    {
        var settings = new BenchmarkSettings();
        for (var index = 0; index < args.Length; index++)
        {
            settings = args[index] switch
            {
                "workflow" or "scheduler" or "inflight" or "statuschecks" or "all" => settings with { Scenario = args[index] },
                "--generations" => settings with { Generations = Number(args, ++index) },
                "--messages" => settings with { ScheduledMessages = Number(args, ++index) },
                "--asset-kb" => settings with { AssetKilobytes = Number(args, ++index) },
                "--raw-messages" => settings with { RawMessages = Number(args, ++index) },
                "--transport" => settings with { Transport = Value(args, ++index) },
                "--inflight" => settings with { Inflight = Number(args, ++index) },
                "--job-seconds" => settings with { JobSeconds = Number(args, ++index) },
                "--interval-seconds" => settings with { IntervalSeconds = Number(args, ++index) },
                "--window-seconds" => settings with { WindowSeconds = Number(args, ++index) },
                "--fill-seconds" => settings with { FillSeconds = Number(args, ++index) },
                "--fair-burst" => settings with { FairBurst = Number(args, ++index) },
                "--capacity" => settings with { Capacity = Number(args, ++index) },
                "--fair-job-seconds" => settings with { FairJobSeconds = Number(args, ++index) },
                "--fair-interval-seconds" => settings with { FairIntervalSeconds = Number(args, ++index) },
                "--fair-window-seconds" => settings with { FairWindowSeconds = Number(args, ++index) },
                "--enforce" => settings with { Enforce = true },
                _ => throw new ArgumentException($"Unknown argument '{args[index]}'. {Usage}"),
            };
        }

        return settings;
    }

    public const string Usage =
        "Usage: [workflow|scheduler|inflight|statuschecks|all] [--generations N] [--messages N] [--asset-kb N] [--raw-messages N] [--transport inmemory|rabbitmq|both] " +
        "[--inflight N] [--job-seconds T] [--interval-seconds I] [--window-seconds W] [--fill-seconds F] [--fair-burst N] [--capacity C] [--fair-job-seconds T] " +
        "[--fair-interval-seconds I] [--fair-window-seconds W] [--enforce]";

    /// <summary>The hold phase: every job at the vendor at once (capacity = N), checked every interval.</summary>
    public InflightPhase HoldPhase => new("hold", Inflight, 0, Inflight, TimeSpan.FromSeconds(JobSeconds),
        TimeSpan.FromSeconds(IntervalSeconds), TimeSpan.FromSeconds(WindowSeconds));

    /// <summary>The fair phase: a burst of one tenant, then one job of another, against a vendor of <see cref="Capacity"/>.</summary>
    public InflightPhase FairPhase => new("fair", FairBurst, 1, Capacity, TimeSpan.FromSeconds(FairJobSeconds),
        TimeSpan.FromSeconds(FairIntervalSeconds), TimeSpan.FromSeconds(FairWindowSeconds));

    static string Value(string[] args, int index) =>
        index < args.Length ? args[index] : throw new ArgumentException($"'{args[index - 1]}' needs a value. {Usage}");

    static int Number(string[] args, int index) =>
        int.TryParse(Value(args, index), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"'{args[index - 1]}' needs a positive whole number. {Usage}");
}
