namespace GenerationGateway.ServiceDefaults.FaultInjection;

/// <summary>The shipped <see cref="IFaultInjector"/>: no fault, ever.</summary>
public sealed class NoFaultInjector : IFaultInjector
{
    public static NoFaultInjector Instance { get; } = new();

    public void Reached(string point)
    {
    }
}
