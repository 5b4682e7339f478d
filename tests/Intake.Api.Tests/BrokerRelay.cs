using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>
/// A TCP relay in front of the real RabbitMQ that a test can pause (nothing crosses in either direction,
/// as in a network partition: connections stay open, publishes get no confirm) and resume, so the
/// broker becomes unreachable for one service without being stopped for anyone else.
/// </summary>
public sealed class BrokerRelay : IAsyncDisposable
{
    const int BufferSize = 16 * 1024;

    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly Uri _broker;
    readonly ConcurrentDictionary<TcpClient, TcpClient> _links = new();
    readonly CancellationTokenSource _stopping = new();
    readonly Lock _lock = new();
    readonly Task _accepting;
    TaskCompletionSource _flowing = NewGate(open: true);

    public BrokerRelay(Uri broker)
    {
        _broker = broker;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Pause()
    {
        lock (_lock)
        {
            if (_flowing.Task.IsCompleted)
            {
                _flowing = NewGate(open: false);
            }
        }
    }

    /// <summary>Lets everything held back during the pause through, then new traffic.</summary>
    public void Resume()
    {
        lock (_lock)
        {
            _flowing.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        foreach (var (client, upstream) in _links)
        {
            client.Dispose();
            upstream.Dispose();
        }

        await _accepting;
        _stopping.Dispose();
    }

    async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
                _ = RelayAsync(client);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    async Task RelayAsync(TcpClient client)
    {
        using var upstream = new TcpClient();
        try
        {
            await upstream.ConnectAsync(_broker.Host, _broker.Port, _stopping.Token);
            _links[client] = upstream;
            await Task.WhenAny(PumpAsync(client.GetStream(), upstream.GetStream()), PumpAsync(upstream.GetStream(), client.GetStream()));
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A closed end or the relay stopping: the link is over either way.
        }
        finally
        {
            _links.TryRemove(client, out _);
            client.Dispose();
        }
    }

    async Task PumpAsync(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await from.ReadAsync(buffer, _stopping.Token)) > 0)
        {
            Task gate;
            lock (_lock)
            {
                gate = _flowing.Task;
            }

            await gate.WaitAsync(_stopping.Token);
            await to.WriteAsync(buffer.AsMemory(0, read), _stopping.Token);
        }
    }

    static TaskCompletionSource NewGate(bool open)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (open)
        {
            gate.SetResult();
        }

        return gate;
    }
}
