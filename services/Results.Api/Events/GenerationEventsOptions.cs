using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.Results.Api.Events;

/// <summary>The SSE streams (<c>GET /v1/generations/{id}/events</c>, <c>GET /v1/events</c>).</summary>
public sealed class GenerationEventsOptions
{
    public const string SectionName = "Results:Events";

    /// <summary>A comment line sent when nothing else was for this long, so proxies keep the connection open.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often an open stream reads the event feed (in PostgreSQL: what every replica's consumers wrote).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
