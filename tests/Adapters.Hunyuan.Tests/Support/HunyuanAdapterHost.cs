using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Support;

/// <summary>
/// The adapter's registrations as its host makes them (<c>AddHunyuanVendor</c>), with every HttpClient sent to the
/// in-process simulator, except requests to the image host.
/// </summary>
public static class HunyuanAdapterHost
{
    public static IHost Build(SeaArtSimulator simulator, StubImageHost images, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? Settings(simulator));
        builder.AddHunyuanVendor();
        builder.Services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new SplitHandler(simulator.CreateHandler(), images)));
        return builder.Build();
    }

    public static Dictionary<string, string?> Settings(SeaArtSimulator simulator) => new()
    {
        ["Vendors:Hunyuan:BaseUrl"] = simulator.ApiBase.AbsoluteUri,
        ["Vendors:Hunyuan:ApiKey"] = SeaArtSimulator.ApiKey,
    };

    /// <summary>Sends the image host's requests to the stub, all others to the simulator.</summary>
    public sealed class SplitHandler(HttpMessageHandler simulator, StubImageHost images) : HttpMessageHandler
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
