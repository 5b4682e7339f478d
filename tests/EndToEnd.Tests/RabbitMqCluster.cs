using System.Diagnostics;
using System.Globalization;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// A three-node RabbitMQ cluster of this test's own, run by tests/rabbitmq-cluster.sh (containers rmq1..3 of the local
/// RabbitMQ image on AMQP ports 5681-5683); removed on dispose. Services connect to node 1 and know nodes 2 and 3.
/// </summary>
public sealed class RabbitMqCluster : IAsyncDisposable
{
    public const int Nodes = 3;
    const int AmqpBase = 5680;
    static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(5);

    readonly int _amqpBase;

    RabbitMqCluster(string started, int amqpBase)
    {
        Started = started;
        _amqpBase = amqpBase;
    }

    /// <summary>What the script printed when the cluster was up.</summary>
    public string Started { get; }

    public string Description => $"rabbit@rmq1..{Nodes} on 127.0.0.1:{_amqpBase + 1}-{_amqpBase + Nodes}";

    /// <summary>Starts a fresh cluster (a cluster left from an earlier run is removed first) and waits until all nodes run.</summary>
    public static async Task<RabbitMqCluster> StartAsync() => new(await RunAsync("up"), AmqpBase);

    /// <summary>The bus settings of a service on this cluster: node 1 first, then the others; quorum queues.</summary>
    public IReadOnlyDictionary<string, string> Bus() => new Dictionary<string, string>
    {
        ["Messaging__Transport"] = "RabbitMq",
        ["Messaging__RabbitMqHost"] = "127.0.0.1",
        ["Messaging__RabbitMqPort"] = (_amqpBase + 1).ToString(CultureInfo.InvariantCulture),
        ["Messaging__RabbitMqClusterNodes__0"] = $"127.0.0.1:{_amqpBase + 2}",
        ["Messaging__RabbitMqClusterNodes__1"] = $"127.0.0.1:{_amqpBase + 3}",
        ["Messaging__RabbitMqVirtualHost"] = "/",
        ["Messaging__RabbitMqUsername"] = "gateway",
        ["Messaging__RabbitMqPassword"] = "gateway",
        ["Messaging__QueueType"] = "Quorum",
    };

    /// <summary>
    /// Loses node <paramref name="node"/> at once (docker pause): its connections stay open and silent, like a machine lost to
    /// a power cut or a partition (a killed process would still have its sockets closed by the kernel).
    /// </summary>
    public Task<string> LoseAsync(int node) => node is < 1 or > Nodes
        ? throw new ArgumentOutOfRangeException(nameof(node), node, $"The cluster's nodes are 1 to {Nodes} (AMQP 127.0.0.1:{_amqpBase + 1}-{_amqpBase + Nodes}).")
        : RunAsync("lose", node.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>rabbitmqctl</c> on node <paramref name="node"/>.</summary>
    public static Task<string> CtlAsync(int node, params string[] arguments) =>
        ExecAsync("docker", ["exec", $"gateway-rmq-{node}", "rabbitmqctl", .. arguments]);

    public async ValueTask DisposeAsync() => await RunAsync("down");

    static Task<string> RunAsync(params string[] arguments) => ExecAsync("bash", [Path.Combine(RepositoryRoot(), "tests", "rabbitmq-cluster.sh"), .. arguments]);

    static async Task<string> ExecAsync(string file, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var (output, error) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0
            ? (await output).Trim()
            : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }

    /// <summary>tests/EndToEnd.Tests/bin/&lt;configuration&gt;/&lt;framework&gt;/ is five folders below the repository.</summary>
    static string RepositoryRoot() => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
}
