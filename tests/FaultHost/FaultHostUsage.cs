namespace GenerationGateway.FaultHost;

internal static class FaultHostUsage
{
    public static int Print()
    {
        Console.Error.WriteLine("usage: GenerationGateway.FaultHost <service assembly> <fault point> [service arguments]");
        return 2;
    }
}
