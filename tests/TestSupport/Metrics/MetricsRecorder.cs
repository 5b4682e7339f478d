using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace GenerationGateway.TestSupport.Metrics;

/// <summary>
/// Every measurement of the instruments one service provider's <see cref="IMeterFactory"/> created, observable gauges
/// included; the meters of other tests running at the same time are not listened to.
/// </summary>
public sealed class MetricsRecorder : IDisposable
{
    readonly MeterListener _listener = new();
    readonly ConcurrentQueue<RecordedMeasurement> _measurements = new();

    public MetricsRecorder(IMeterFactory meterFactory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>The measurements of <paramref name="instrument"/> that carry every one of <paramref name="tags"/>.</summary>
    public IReadOnlyList<RecordedMeasurement> Of(string instrument, params (string Key, object Value)[] tags) =>
        [.. _measurements.Where(m => m.Instrument == instrument && tags.All(tag => Equals(m.Tag(tag.Key), tag.Value)))];

    public double Sum(string instrument, params (string Key, object Value)[] tags) => Of(instrument, tags).Sum(m => m.Value);

    /// <summary>The values <paramref name="instrument"/> recorded, in order.</summary>
    public IReadOnlyList<double> Values(string instrument) => [.. Of(instrument).Select(m => m.Value)];

    /// <summary>Reads the observable instruments now; the value <paramref name="instrument"/> reports (with <paramref name="tag"/>), if any.</summary>
    public double? Observe(string instrument, (string Key, object Value)? tag = null)
    {
        var before = _measurements.Count;
        _listener.RecordObservableInstruments();
        return _measurements.Skip(before)
            .Where(m => m.Instrument == instrument && (tag is not { } t || Equals(m.Tag(t.Key), t.Value)))
            .Select(m => (double?)m.Value)
            .LastOrDefault();
    }

    public void Dispose() => _listener.Dispose();

    void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Enqueue(new RecordedMeasurement(instrument.Name, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value)));
}
