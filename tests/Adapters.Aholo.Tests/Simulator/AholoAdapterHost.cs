using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Aholo.Tests.Simulator;

/// <summary>
/// The adapter's registrations as its host makes them (<c>AddAholoVendor</c>), on the simulator's clock, with every
/// HttpClient sent to the in-process simulator except the input host's.
/// </summary>
public static class AholoAdapterHost
{
    public static Dictionary<string, string?> Settings(AholoSimulator simulator) => new()
    {
        ["Vendors:Aholo:BaseUrl"] = simulator.ApiBase.AbsoluteUri,
        ["Vendors:Aholo:AppKey"] = AholoSimulator.AppKey,
        ["Vendors:Aholo:AppSecret"] = AholoSimulator.AppSecret,
        ["Vendors:Aholo:AppUid"] = AholoSimulator.AppUid,
        ["Vendors:Aholo:StatusInterval"] = "00:00:05",
    };

    public static IHost Build(AholoSimulator simulator, StubInputHost inputs, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? Settings(simulator));
        builder.Services.AddSingleton(simulator.Time);
        builder.AddAholoVendor();
        builder.Services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => Handler(simulator, inputs)));
        return builder.Build();
    }

    /// <summary>A handler that sends the input host's requests to the stub and all others to the simulator.</summary>
    public static HttpMessageHandler Handler(AholoSimulator simulator, StubInputHost inputs) => new SplitHandler(simulator.CreateHandler(), inputs);

    /// <summary>Sends the input host's requests to the stub, all others (API, upload host, file host) to the simulator.</summary>
    sealed class SplitHandler(HttpMessageHandler simulator, StubInputHost inputs) : HttpMessageHandler
    {
        readonly HttpMessageInvoker _simulator = new(simulator, disposeHandler: true);
        readonly HttpMessageInvoker _inputs = new(inputs, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri!.Host == StubInputHost.Host
                ? _inputs.SendAsync(request, cancellationToken)
                : _simulator.SendAsync(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _simulator.Dispose();
                _inputs.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
