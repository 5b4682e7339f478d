using System.Net;
using System.Net.Sockets;
using Testcontainers.RabbitMq;

namespace GenerationGateway.TestSupport.Infrastructure;

/// <summary>
/// The RabbitMQ container of this test assembly (this process), started on first use and removed after the process
/// ends (Testcontainers' resource reaper removes it, or tests/run.sh by its label where the reaper cannot run). Its
/// AMQP port is bound to a fixed host port, so a restarted broker is found where the services under test left it. Tests isolate themselves in virtual hosts of their own (<see cref="RabbitMqVirtualHost"/>).
/// </summary>
public sealed class TestBroker
{
    const int AmqpPort = 5672;
    const int MaxPortAttempts = 5;
    const string Username = "gateway";
    const string Password = "gateway";
    static readonly TimeSpan StartupDeadline = TimeSpan.FromMinutes(3);
    static readonly Lazy<TestBroker> Instance = new(() => Task.Run(StartAsync).GetAwaiter().GetResult());

    readonly RabbitMqContainer _container;

    TestBroker(RabbitMqContainer container, int hostPort)
    {
        _container = container;
        Uri = new Uri($"amqp://{Username}:{Password}@{container.Hostname}:{hostPort}/");
    }

    /// <summary>The broker of this process, started (and awaited) the first time it is asked for.</summary>
    public static TestBroker Shared => Instance.Value;

    public Uri Uri { get; }

    /// <summary>Runs <c>rabbitmqctl</c> inside the container; a failing command throws with its output.</summary>
    public async Task<string> RabbitMqCtlAsync(params string[] arguments)
    {
        var result = await _container.ExecAsync(["rabbitmqctl", .. arguments]);
        return result.ExitCode == 0
            ? result.Stdout
            : throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({result.ExitCode}): {result.Stderr}{result.Stdout}");
    }

    /// <summary>Stops and starts the container (connections drop, durable queues and messages survive) and waits for the broker.</summary>
    public async Task RestartAsync()
    {
        await _container.StopAsync();
        await _container.StartAsync();
        await AwaitStartupAsync();
    }

    static async Task<TestBroker> StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var hostPort = FreeHostPort();
            var container = new RabbitMqBuilder(TestContainerImages.RabbitMq)
                .WithUsername(Username)
                .WithPassword(Password)
                .WithPortBinding(hostPort, AmqpPort)
                .WithLabel(TestContainerImages.RunLabel.Key, TestContainerImages.RunLabel.Value)
                .Build();
            try
            {
                await container.StartAsync();
            }
            catch (Docker.DotNet.DockerApiException e) when (attempt < MaxPortAttempts && e.Message.Contains("port is already allocated", StringComparison.Ordinal))
            {
                // Another container (another test assembly's, or Docker's own pick) took the port between the check and the bind.
                await container.DisposeAsync();
                continue;
            }

            var broker = new TestBroker(container, hostPort);
            await broker.AwaitStartupAsync();
            return broker;
        }
    }

    /// <summary>Until the node answers and has booted (after a restart its log already holds the first start's lines).</summary>
    async Task AwaitStartupAsync()
    {
        var deadline = DateTime.UtcNow + StartupDeadline;
        while (true)
        {
            var result = await _container.ExecAsync(["rabbitmqctl", "await_startup", "--timeout", "60"]);
            if (result.ExitCode == 0)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"RabbitMQ in {_container.Name} did not start: {result.Stderr}{result.Stdout}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>
    /// A free port below the kernel's ephemeral range (32768 and up), where Docker picks the host ports of every other
    /// container's unfixed bindings: a port from that range could be handed to another container before this one binds it.
    /// </summary>
    static int FreeHostPort()
    {
        while (true)
        {
            var port = Random.Shared.Next(20000, 32000);
            try
            {
                using var listener = new TcpListener(IPAddress.Any, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }
    }
}
