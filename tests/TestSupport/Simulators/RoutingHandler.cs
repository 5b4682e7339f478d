namespace GenerationGateway.TestSupport.Simulators;

/// <summary>
/// Routes an adapter's outgoing HTTP in tests: each stub host's requests to its stub, the simulator's to the
/// simulator, any other host's nowhere (a connection error, as for a vendor that cannot be reached).
/// The stubs belong to the test and are not disposed here.
/// </summary>
public sealed class RoutingHandler : HttpMessageHandler
{
    readonly string _simulatorAuthority;
    readonly HttpMessageInvoker _simulator;
    readonly Dictionary<string, HttpMessageInvoker> _stubs;

    public RoutingHandler(VendorSimulator simulator, params IEnumerable<(string Host, HttpMessageHandler Stub)> stubs)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        _simulatorAuthority = simulator.Authority;
        _simulator = new HttpMessageInvoker(simulator.CreateHandler(), disposeHandler: true);
        _stubs = stubs.ToDictionary(x => x.Host, x => new HttpMessageInvoker(x.Stub, disposeHandler: false), StringComparer.OrdinalIgnoreCase);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        if (_stubs.TryGetValue(uri.Host, out var stub))
        {
            return stub.SendAsync(request, cancellationToken);
        }

        return uri.Authority == _simulatorAuthority
            ? _simulator.SendAsync(request, cancellationToken)
            : throw new HttpRequestException(HttpRequestError.ConnectionError, $"No route to {uri.Host} in tests.");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _simulator.Dispose();
            foreach (var stub in _stubs.Values)
            {
                stub.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
