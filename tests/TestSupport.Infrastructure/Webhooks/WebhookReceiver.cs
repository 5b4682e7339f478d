using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenerationGateway.TestSupport.Infrastructure.Webhooks;

/// <summary>
/// A tenant's webhook receiver on a real port of 127.0.0.1: records every POST to <c>/hook</c> (body, headers, the
/// status it answered) and answers the next scripted status, else 503 while <see cref="Down"/>, else 200;
/// <c>POST /moved</c> answers 307 to <c>/hook</c>.
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
            var body = await reader.ReadToEndAsync();
            var headers = new HeaderDictionary();
            foreach (var (name, value) in request.Headers)
            {
                headers[name] = value;
            }

            var status = _answers.TryDequeue(out var scripted) ? scripted : Down ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            _received.Enqueue(new ReceivedWebhook(body, headers, status));
            return Results.StatusCode(status);
        });
        _app.MapPost("/moved", () => Results.Redirect("/hook", permanent: false, preserveMethod: true));
        _app.Start();
        BaseAddress = new Uri(_app.Urls.Single() + "/");
    }

    public Uri BaseAddress { get; }

    public Uri Hook => new(BaseAddress, "hook");

    public Uri Moved => new(BaseAddress, "moved");

    public string HostAndPort => $"127.0.0.1:{BaseAddress.Port}";

    /// <summary>While true every unscripted delivery answers 503.</summary>
    public bool Down { get; set; }

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
