using System.Globalization;

namespace GenerationGateway.Benchmarks;

/// <summary>Command line: <c>[workflow|scheduler|all] [--generations N] [--messages N] [--asset-kb N] [--raw-messages N] [--transport inmemory|rabbitmq|both]</c>.</summary>
public sealed record BenchmarkSettings
{
    public string Scenario { get; init; } = "all";

    public int Generations { get; init; } = 300;

    public int ScheduledMessages { get; init; } = 2000;

    public int AssetKilobytes { get; init; } = 256;

    /// <summary>Messages of the raw RabbitMQ pass the workflow's cost is measured against.</summary>
    public int RawMessages { get; init; } = 20_000;

    public string Transport { get; init; } = "both";

    /// <summary>Exit with a failure code when a figure misses its target.</summary>
    public bool Enforce { get; init; }

    public static BenchmarkSettings Parse(string[] args)
    {
        var settings = new BenchmarkSettings();
        for (var index = 0; index < args.Length; index++)
        {
            settings = args[index] switch
            {
                "workflow" or "scheduler" or "all" => settings with { Scenario = args[index] },
                "--generations" => settings with { Generations = Number(args, ++index) },
                "--messages" => settings with { ScheduledMessages = Number(args, ++index) },
                "--asset-kb" => settings with { AssetKilobytes = Number(args, ++index) },
                "--raw-messages" => settings with { RawMessages = Number(args, ++index) },
                "--transport" => settings with { Transport = Value(args, ++index) },
                "--enforce" => settings with { Enforce = true },
                _ => throw new ArgumentException($"Unknown argument '{args[index]}'. {Usage}"),
            };
        }

        return settings;
    }

    public const string Usage =
        "Usage: [workflow|scheduler|all] [--generations N] [--messages N] [--asset-kb N] [--raw-messages N] [--transport inmemory|rabbitmq|both] [--enforce]";

    static string Value(string[] args, int index) =>
        index < args.Length ? args[index] : throw new ArgumentException($"'{args[index - 1]}' needs a value. {Usage}");

    static int Number(string[] args, int index) =>
        int.TryParse(Value(args, index), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"'{args[index - 1]}' needs a positive whole number. {Usage}");
}
