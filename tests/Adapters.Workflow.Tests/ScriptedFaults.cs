using System.Collections.Concurrent;
using GenerationGateway.ServiceDefaults.FaultInjection;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>The test host's fault injector: throws the scripted exception at a fault point, a set number of times.</summary>
public sealed class ScriptedFaults : IFaultInjector
{
    readonly ConcurrentDictionary<string, (Func<Exception> Fault, int Remaining)> _armed = new();
    readonly ConcurrentDictionary<string, int> _thrown = new();

    /// <summary>Throws <paramref name="fault"/> the next <paramref name="times"/> times <paramref name="point"/> is reached.</summary>
    public void Throw(string point, int times, Func<Exception> fault) => _armed[point] = (fault, times);

    public int Thrown(string point) => _thrown.TryGetValue(point, out var count) ? count : 0;

    public void Reached(string point)
    {
        while (_armed.TryGetValue(point, out var armed) && armed.Remaining > 0)
        {
            if (_armed.TryUpdate(point, (armed.Fault, armed.Remaining - 1), armed))
            {
                _thrown.AddOrUpdate(point, 1, (_, count) => count + 1);
                throw armed.Fault();
            }
        }
    }
}
