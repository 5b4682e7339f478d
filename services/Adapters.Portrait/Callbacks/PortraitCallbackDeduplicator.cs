namespace GenerationGateway.Adapters.Portrait.Callbacks;

/// <summary>
/// The callbacks recently forwarded (generation, task, state), so a repeated one is answered without forwarding it
/// again. Bounded, in process memory: a repeat that reaches another instance, or comes after many others, is
/// forwarded once more, which only costs one extra status check (the workflow ignores what it no longer expects).
/// </summary>
public sealed class PortraitCallbackDeduplicator
{
    public const int Capacity = 10_000;

    readonly Lock _gate = new();
    readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    readonly Queue<string> _order = new();

    /// <summary>True when <paramref name="key"/> is new (and now remembered); false for a repeat.</summary>
    public bool TryBegin(string key)
    {
        lock (_gate)
        {
            if (!_seen.Add(key))
            {
                return false;
            }

            _order.Enqueue(key);
            while (_order.Count > Capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }

    /// <summary>Forgets <paramref name="key"/> (its forwarding failed), so the vendor's retry is forwarded.</summary>
    public void Forget(string key)
    {
        lock (_gate)
        {
            _seen.Remove(key);
        }
    }
}
