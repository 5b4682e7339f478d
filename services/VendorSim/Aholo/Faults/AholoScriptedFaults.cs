namespace GenerationGateway.VendorSim.Aholo.Faults;

/// <summary>
/// Scripted faults in the order they were posted. Each applies once: request faults to the next request to their
/// endpoint (after the signature or token check), upload faults to the next upload to complete, job faults to
/// the next project created.
/// </summary>
public sealed class AholoScriptedFaults
{
    private readonly Lock _gate = new();
    private readonly List<AholoFault> _pending = [];

    public void Enqueue(IEnumerable<AholoFault> faults)
    {
        lock (_gate)
        {
            _pending.AddRange(faults);
        }
    }

    public IReadOnlyList<AholoFault> Pending()
    {
        lock (_gate)
        {
            return [.. _pending];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    public AholoFault? TakeRequestFault(string endpoint) => Take(f => f.IsRequestFault && f.Endpoint == endpoint);

    public AholoFault? TakeUploadFault() => Take(f => f.Kind == AholoFaultKinds.UploadFailed);

    public AholoFault? TakeJobFault() => Take(f => f.Kind is AholoFaultKinds.JobStatus or AholoFaultKinds.Stall);

    private AholoFault? Take(Predicate<AholoFault> matches)
    {
        lock (_gate)
        {
            var index = _pending.FindIndex(matches);
            if (index < 0)
            {
                return null;
            }

            var fault = _pending[index];
            _pending.RemoveAt(index);
            return fault;
        }
    }
}
