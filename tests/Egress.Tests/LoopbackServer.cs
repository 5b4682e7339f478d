using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenerationGateway.Egress.Tests;

/// <summary>A real Kestrel server on 127.0.0.1 and a free port: <c>/ok</c>, <c>/redirect?to=…</c>, <c>/status/{code}</c>, <c>/slow</c> (held until released).</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    int _hits;

    public LoopbackServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Use((context, next) => { Interlocked.Increment(ref _hits); return next(context); });
        _app.MapGet("/ok", () => "hello");
        _app.MapGet("/redirect", (string to) => Results.Redirect(to));
        _app.MapGet("/status/{code:int}", (int code) => Results.StatusCode(code));
        _app.MapGet("/slow", async (CancellationToken cancellationToken) =>
        {
            await _release.Task.WaitAsync(cancellationToken);
            return "late";
        });
        _app.Start();
        BaseAddress = new Uri(_app.Urls.Single() + "/");
    }

    public Uri BaseAddress { get; }

    public int Port => BaseAddress.Port;

    public int Hits => Volatile.Read(ref _hits);

    public Uri Url(string pathAndQuery) => new(BaseAddress, pathAndQuery);

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
