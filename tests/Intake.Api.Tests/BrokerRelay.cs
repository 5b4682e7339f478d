using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>
/// A TCP relay in front of the real RabbitMQ that a test can cut (every connection reset, new ones
/// refused) and restore: the broker becomes unreachable for one service without stopping it for anyone else.
/// </summary>
public sealed class BrokerRelay : IAsyncDisposable
{
    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly Uri _broker;
    readonly ConcurrentDictionary<TcpClient, TcpClient> _links = new();
    readonly CancellationTokenSource _stopping = new();
    readonly Task _accepting;
    volatile bool _cut;

    public BrokerRelay(Uri broker)
    {
        _broker = broker;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Cut()
    {
        _cut = true;
        foreach (var (client, upstream) in _links)
        {
            Reset(client);
            Reset(upstream);
        }
    }

    public void Restore() => _cut = false;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting;
        _stopping.Dispose();
    }

    async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (_cut)
            {
                Reset(client);
                continue;
            }

            _ = RelayAsync(client);
        }
    }

    async Task RelayAsync(TcpClient client)
    {
        using var upstream = new TcpClient();
        try
        {
            await upstream.ConnectAsync(_broker.Host, _broker.Port, _stopping.Token);
            _links[client] = upstream;
            var toBroker = client.GetStream().CopyToAsync(upstream.GetStream(), _stopping.Token);
            var toClient = upstream.GetStream().CopyToAsync(client.GetStream(), _stopping.Token);
            await Task.WhenAny(toBroker, toClient);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A cut or a closed end: the link is over either way.
        }
        finally
        {
            _links.TryRemove(client, out _);
            Reset(client);
            Reset(upstream);
        }
    }

    /// <summary>Closes with a TCP reset, as a crashed broker or a dropped network would.</summary>
    static void Reset(TcpClient client)
    {
        try
        {
            // Null once disposed: the relay loop and a cut may close the same link.
            if (client.Client is { } socket)
            {
                socket.LingerState = new LingerOption(true, 0);
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }

        client.Dispose();
    }
}
