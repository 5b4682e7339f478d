using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GenerationGateway.HealthProbe;

namespace GenerationGateway.Deploy.Tests.Docker;

/// <summary>The container health check (ProbeCommand) against a real HTTP listener on loopback.</summary>
public sealed class HealthProbeTests
{
    [Theory]
    [InlineData(HttpStatusCode.OK, 0)]
    [InlineData(HttpStatusCode.NoContent, 0)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 1)]
    [InlineData(HttpStatusCode.NotFound, 1)]
    public async Task Exit_code_follows_the_status_of_the_health_endpoint(HttpStatusCode status, int expected)
    {
        using var server = new OneResponseServer(status);

        var exitCode = await ProbeCommand.RunAsync([server.Url("/health/ready").ToString()], _ => null, TextWriter.Null);

        Assert.Equal(expected, exitCode);
        Assert.Equal("/health/ready", await server.RequestedPath);
    }

    [Fact]
    public async Task Without_an_argument_it_asks_for_readiness_on_the_first_configured_http_port()
    {
        using var server = new OneResponseServer(HttpStatusCode.OK);
        var ports = $"{server.Port.ToString(CultureInfo.InvariantCulture)};9999";

        var exitCode = await ProbeCommand.RunAsync([], name => name == ProbeCommand.PortsVariable ? ports : null, TextWriter.Null);

        Assert.Equal(0, exitCode);
        Assert.Equal(ProbeCommand.DefaultPath, await server.RequestedPath);
    }

    [Fact]
    public async Task A_path_argument_is_asked_on_the_configured_port()
    {
        using var server = new OneResponseServer(HttpStatusCode.OK);

        var exitCode = await ProbeCommand.RunAsync(["/health/live"], name => name == ProbeCommand.PortsVariable ? server.Port.ToString(CultureInfo.InvariantCulture) : null, TextWriter.Null);

        Assert.Equal(0, exitCode);
        Assert.Equal("/health/live", await server.RequestedPath);
    }

    [Fact]
    public async Task A_service_that_does_not_answer_is_unhealthy()
    {
        var port = FreePort();
        var error = new StringWriter();

        var exitCode = await ProbeCommand.RunAsync([$"http://127.0.0.1:{port}/health/ready"], _ => null, error);

        Assert.Equal(1, exitCode);
        Assert.Contains("did not answer", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_argument_that_is_neither_url_nor_path_is_a_usage_error()
    {
        var exitCode = await ProbeCommand.RunAsync(["health"], _ => null, TextWriter.Null);

        Assert.Equal(2, exitCode);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
