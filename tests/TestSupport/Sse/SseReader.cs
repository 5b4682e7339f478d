using System.Net.Http.Headers;

namespace GenerationGateway.TestSupport.Sse;

/// <summary>Reads a <c>text/event-stream</c> response event by event, each read bounded by a deadline.</summary>
public sealed class SseReader : IAsyncDisposable
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    readonly HttpResponseMessage _response;
    readonly StreamReader _reader;

    SseReader(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body);
    }

    public HttpResponseMessage Response => _response;

    public static async Task<SseReader> OpenAsync(HttpClient client, string path, string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new SseReader(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event or comment; null when the server closed the stream.</summary>
    public async Task<SseEvent?> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Deadline);
        string? id = null, name = null, data = null;
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (id is not null || name is not null || data is not null)
                {
                    return new SseEvent(id, name, data);
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                return new SseEvent(null, null, null, line[1..].Trim());
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (field, value) = colon < 0 ? (line, "") : (line[..colon], line[(colon + 1)..].TrimStart());
            switch (field)
            {
                case "id": id = value; break;
                case "event": name = value; break;
                case "data": data = data is null ? value : data + "\n" + value; break;
            }
        }

        return null;
    }

    /// <summary>Every event until the server closes the stream (comments left out).</summary>
    public async Task<List<SseEvent>> ToEndAsync()
    {
        var events = new List<SseEvent>();
        while (await NextAsync() is { } next)
        {
            if (next.Comment is null)
            {
                events.Add(next);
            }
        }

        return events;
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        await Task.CompletedTask;
    }
}
