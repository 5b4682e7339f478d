using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenerationGateway.Webhooks.Tests;

/// <summary>
/// A tenant's receiver on a real Kestrel port of 127.0.0.1: <c>POST /hook</c> records each delivery and answers the next
/// scripted status (200 when none is left); <c>POST /moved</c> answers 307 to <c>/hook</c>.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly ConcurrentQueue<int> _answers = new();
    readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    public WebhookReceiver()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var headers = new HeaderDictionary();
            foreach (var (name, value) in request.Headers)
            {
                headers[name] = value;
            }

            _received.Enqueue(new ReceivedWebhook(await reader.ReadToEndAsync(), headers));
            return Microsoft.AspNetCore.Http.Results.StatusCode(_answers.TryDequeue(out var status) ? status : StatusCodes.Status200OK);
        });
        _app.MapPost("/moved", () => Microsoft.AspNetCore.Http.Results.Redirect("/hook", permanent: false, preserveMethod: true));
        _app.Start();
        BaseAddress = new Uri(_app.Urls.Single() + "/");
    }

    public Uri BaseAddress { get; }

    public Uri Hook => new(BaseAddress, "hook");

    public Uri Moved => new(BaseAddress, "moved");

    public string HostAndPort => $"127.0.0.1:{BaseAddress.Port}";

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
