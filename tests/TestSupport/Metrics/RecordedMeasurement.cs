namespace GenerationGateway.TestSupport.Metrics;

/// <summary>One measurement: the instrument's name, the value and its tags.</summary>
public sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public object? Tag(string key) => Tags.TryGetValue(key, out var value) ? value : null;
}
