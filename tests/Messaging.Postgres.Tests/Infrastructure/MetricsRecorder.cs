using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace GenerationGateway.Messaging.Postgres.Tests.Infrastructure;

/// <summary>The measurements of the instruments one host's <see cref="IMeterFactory"/> created, observable gauges included.</summary>
internal sealed class MetricsRecorder : IDisposable
{
    readonly MeterListener _listener = new();
    readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();

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

    /// <summary>The values <paramref name="instrument"/> recorded, in order.</summary>
    public IReadOnlyList<double> Values(string instrument) =>
        [.. _measurements.Where(m => m.Instrument == instrument).Select(m => m.Value)];

    /// <summary>Reads the observable instruments now; the value <paramref name="instrument"/> reports (with <paramref name="tag"/>), if any.</summary>
    public double? Observe(string instrument, (string Key, object Value)? tag = null)
    {
        var before = _measurements.Count;
        _listener.RecordObservableInstruments();
        return _measurements.Skip(before)
            .Where(m => m.Instrument == instrument && (tag is not { } t || Equals(m.Tags.GetValueOrDefault(t.Key), t.Value)))
            .Select(m => (double?)m.Value)
            .LastOrDefault();
    }

    public void Dispose() => _listener.Dispose();

    void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value)));
}
