using System.Globalization;
using GenerationGateway.Cli.Api;

namespace GenerationGateway.Cli.Rendering;

/// <summary>A queued generation's place for people: <c>#3 in queue, starts in about 2 min</c>.</summary>
public static class QueueText
{
    public static string Of(QueuePlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var position = string.Create(CultureInfo.InvariantCulture, $"#{place.Position} in queue");
        return place.EstimatedStartSeconds is { } seconds ? $"{position}, starts in about {Duration(seconds)}" : position;
    }

    static string Duration(int seconds) => seconds switch
    {
        < 90 => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, seconds)} s"),
        < 90 * 60 => string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Ceiling(seconds / 60.0)} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600.0:0.#} h"),
    };
}
