using System.Net;
using System.Net.Sockets;

namespace GenerationGateway.TestSupport;

/// <summary>A loopback TCP port nothing listens on, for a host whose address must be known before it starts.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
