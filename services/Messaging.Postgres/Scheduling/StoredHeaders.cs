using System.Globalization;
using System.Text.Json;
using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>Converts message headers to a JSON object of primitive values and back.</summary>
internal static class StoredHeaders
{
    /// <summary>Headers describing a failed or redelivered receive of the schedule command, not of the scheduled message.</summary>
    static readonly string[] SkippedPrefixes = ["MT-Fault-", "MT-Reason", "MT-Redelivery-Count", MessageHeaders.SchedulingTokenId];

    public static string ToJson(Headers headers)
    {
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in headers.GetAll())
        {
            if (SkippedPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (ToStorable(value) is { } storable)
            {
                values[key] = storable;
            }
        }

        return JsonSerializer.Serialize(values);
    }

    public static IEnumerable<KeyValuePair<string, object>> FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var headers = new List<KeyValuePair<string, object>>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            object? value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number when property.Value.TryGetInt64(out var integer) => integer,
                JsonValueKind.Number => property.Value.GetDouble(),
                _ => null,
            };

            if (value is not null)
            {
                headers.Add(new KeyValuePair<string, object>(property.Name, value));
            }
        }

        return headers;
    }

    static object? ToStorable(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double or decimal => value,
        Guid guid => guid.ToString("D"),
        Uri uri => uri.ToString(),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } element => element,
        _ => null,
    };
}
