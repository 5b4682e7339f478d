namespace GenerationGateway.VendorSim.Portrait.Callbacks;

/// <summary>The callbacks sent so far, oldest first (read through <c>GET /_sim/portrait/callbacks</c>).</summary>
public sealed class PortraitCallbackLog
{
    private const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly LinkedList<PortraitCallbackDelivery> _deliveries = new();

    public void Add(PortraitCallbackDelivery delivery)
    {
        lock (_gate)
        {
            _deliveries.AddLast(delivery);
            if (_deliveries.Count > Capacity)
            {
                _deliveries.RemoveFirst();
            }
        }
    }

    public IReadOnlyList<PortraitCallbackDelivery> Snapshot()
    {
        lock (_gate)
        {
            return [.. _deliveries];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _deliveries.Clear();
        }
    }
}
