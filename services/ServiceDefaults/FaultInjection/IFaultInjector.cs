namespace GenerationGateway.ServiceDefaults.FaultInjection;

/// <summary>
/// Named places in the shipped code (<see cref="FaultPoints"/>) where a test host may inject a fault: kill the process,
/// throw a database error. Services register <see cref="NoFaultInjector"/>, which does nothing, and read no setting that
/// could change it: only a test host replaces it (in process, or the fault host that runs a service's own entry point).
/// </summary>
public interface IFaultInjector
{
    /// <summary>Called when the code reaches <paramref name="point"/>; a test's injector may throw or end the process here.</summary>
    void Reached(string point);
}
