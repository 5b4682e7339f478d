using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Rodin.Tests.Simulator;

/// <summary>
/// The adapter's registrations as its host makes them (<c>AddRodinVendor</c>), with every HttpClient sent to
/// the in-process simulator, except the image host's.
/// </summary>
public static class RodinAdapterHost
{
    public static IHost Build(RodinSimulator simulator, StubImageHost images, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>
        {
            ["Vendors:Rodin:BaseUrl"] = simulator.ApiBase.AbsoluteUri,
            ["Vendors:Rodin:ApiKey"] = RodinSimulator.ApiKey,
        });
        builder.AddRodinVendor();
        builder.Services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new SplitHandler(simulator.CreateHandler(), images)));
        return builder.Build();
    }

    /// <summary>Sends the image host's requests to the stub, all others to the simulator.</summary>
    sealed class SplitHandler(HttpMessageHandler simulator, StubImageHost images) : HttpMessageHandler
    {
        readonly HttpMessageInvoker _simulator = new(simulator, disposeHandler: true);
        readonly HttpMessageInvoker _images = new(images, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri!.Host == StubImageHost.Host
                ? _images.SendAsync(request, cancellationToken)
                : _simulator.SendAsync(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _simulator.Dispose();
                _images.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
