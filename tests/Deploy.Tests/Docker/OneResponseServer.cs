using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GenerationGateway.Deploy.Tests.Docker;

/// <summary>An HTTP server on a free loopback port that answers one request with a fixed status and records its path.</summary>
public sealed class OneResponseServer : IDisposable
{
    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly Task<string> _requestedPath;

    public OneResponseServer(HttpStatusCode status)
    {
        _listener.Start();
        _requestedPath = AnswerAsync(status);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The path of the request, once it has been answered (fails the test after 30 seconds without one).</summary>
    public Task<string> RequestedPath => _requestedPath.WaitAsync(TimeSpan.FromSeconds(30));

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public void Dispose() => _listener.Dispose();

    async Task<string> AnswerAsync(HttpStatusCode status)
    {
        using var client = await _listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        var requestLine = await reader.ReadLineAsync() ?? "";
        while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
        {
        }

        var response = Encoding.ASCII.GetBytes($"HTTP/1.1 {(int)status} {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(response);
        return requestLine.Split(' ')[1];
    }
}
