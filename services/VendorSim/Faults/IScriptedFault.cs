namespace GenerationGateway.VendorSim.Faults;

/// <summary>A fault a test posts to a simulator's control API (<c>POST /_sim/{vendor}/faults</c>).</summary>
public interface IScriptedFault<out TFault>
    where TFault : IScriptedFault<TFault>
{
    /// <summary>
    /// Checks the posted fault and fills in its defaults; each problem goes into <paramref name="errors"/> under
    /// a key naming the fault's position (<paramref name="index"/>) and field.
    /// </summary>
    TFault Normalize(int index, Dictionary<string, string[]> errors);
}
