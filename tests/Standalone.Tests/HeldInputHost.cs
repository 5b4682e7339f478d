using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenerationGateway.Standalone.Tests;

/// <summary>
/// A client's slow input host on loopback: every request is held, unanswered, until the host is released (or the
/// fetch gives up); it counts the requests it holds.
/// </summary>
public sealed class HeldInputHost : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    int _held;

    public HeldInputHost()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/held/{name}", async (CancellationToken cancellationToken) =>
        {
            Interlocked.Increment(ref _held);
            await _release.Task.WaitAsync(cancellationToken);
            return Microsoft.AspNetCore.Http.Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png");
        });
        _app.Start();
        Authority = new Uri(_app.Urls.Single()).Authority;
    }

    /// <summary><c>127.0.0.1:port</c>, for the allow-list of a test host.</summary>
    public string Authority { get; }

    /// <summary>Requests received and not answered yet (or given up by the client).</summary>
    public int Held => Volatile.Read(ref _held);

    public string Url(string name) => $"http://{Authority}/held/{name}";

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
