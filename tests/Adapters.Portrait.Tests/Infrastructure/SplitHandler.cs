namespace GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

/// <summary>
/// Routes the adapter's outgoing HTTP: the photo host's requests to the stub, the simulator's host to the
/// simulator, and any other host nowhere (a connection error, as for a vendor that cannot be reached).
/// </summary>
public sealed class SplitHandler(HttpMessageHandler simulator, StubPhotoHost photos, string simulatorHost = "localhost") : HttpMessageHandler
{
    readonly HttpMessageInvoker _simulator = new(simulator, disposeHandler: true);
    readonly HttpMessageInvoker _photos = new(photos, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri!.Host;
        if (host == StubPhotoHost.Host)
        {
            return _photos.SendAsync(request, cancellationToken);
        }

        return host == simulatorHost
            ? _simulator.SendAsync(request, cancellationToken)
            : throw new HttpRequestException(HttpRequestError.ConnectionError, $"No route to {host} in tests.");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _simulator.Dispose();
            _photos.Dispose();
        }

        base.Dispose(disposing);
    }
}
