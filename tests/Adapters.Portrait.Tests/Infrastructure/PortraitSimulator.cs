using System.Net.Http.Json;
using System.Text.Json;
using GenerationGateway.TestSupport.Simulators;
using GenerationGateway.VendorSim.Portrait.Callbacks;
using GenerationGateway.VendorSim.RequestLog;
using Microsoft.Extensions.DependencyInjection;
using GenerationGateway.VendorRules.Portrait;

namespace GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

/// <summary>
/// The portrait simulator in-process. On the manual clock (the default) a training ends 3 s after it starts and a
/// generation 2 s after; on the system clock both take a fraction of a second. Callbacks go to whatever
/// <see cref="CallbackTarget"/> makes (nowhere until it is set).
/// </summary>
public sealed class PortraitSimulator : VendorSimulator
{
    public const string AppCode = "test-portrait-appcode";

    public static readonly TimeSpan TrainingTime = TimeSpan.FromSeconds(3);

    public static readonly TimeSpan GenerationTime = TimeSpan.FromSeconds(2);

    public static readonly string[] Styles =
        ["20057d0c-8cef-447e-88d0-a8f3490fd0b0", "9ea64839-47df-4839-9823-cacac81eb933", "c505072e-66f0-4659-9b12-6da82ce6dc33"];

    readonly CallbackRelay _callbacks;

    public PortraitSimulator(bool realTime = false)
        : this(realTime, new CallbackRelay())
    {
    }

    PortraitSimulator(bool realTime, CallbackRelay callbacks)
        : base(PortraitRequestRules.Key, Settings(realTime), realTime, services =>
            services.AddHttpClient(PortraitCallbackDispatcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new ForwardingHandler(callbacks)))
    {
        _callbacks = callbacks;
    }

    /// <summary>Makes the handler the simulator's callbacks are delivered to (an adapter's in-process server); null drops them.</summary>
    public Func<HttpMessageHandler>? CallbackTarget
    {
        get => _callbacks.Target;
        set => _callbacks.Target = value;
    }

    /// <summary>The vendor host as the adapter's <c>Vendors:Portrait:BaseUrl</c> takes it.</summary>
    public Uri BaseUrl => new(BaseAddress, "portrait/");

    /// <summary>The requests to <c>/portrait/cloud/{endpoint}</c>.</summary>
    public IReadOnlyList<RecordedRequest> Calls(string endpoint) => [.. Requests().Where(r => r.Path == $"/portrait/cloud/{endpoint}")];

    /// <summary>The callbacks the simulator sent, as its control API lists them.</summary>
    public async Task<JsonElement[]> CallbacksSentAsync()
    {
        using var http = CreateHttpClient();
        return [.. (await http.GetFromJsonAsync<JsonElement>(new Uri("_sim/portrait/callbacks", UriKind.Relative))).EnumerateArray()];
    }

    static Dictionary<string, string?> Settings(bool realTime) => new()
    {
        ["VendorSim:Portrait:AppCode"] = AppCode,
        ["VendorSim:Portrait:TrainingWaitingDuration"] = realTime ? "00:00:00.200" : "00:00:01",
        ["VendorSim:Portrait:TrainingRunningDuration"] = realTime ? "00:00:00.400" : "00:00:02",
        ["VendorSim:Portrait:GenerationWaitingDuration"] = realTime ? "00:00:00.200" : "00:00:01",
        ["VendorSim:Portrait:GenerationRunningDuration"] = realTime ? "00:00:00.300" : "00:00:01",
        ["VendorSim:Portrait:CallbackScanInterval"] = "00:00:00.050",
    };

    sealed class CallbackRelay
    {
        public Func<HttpMessageHandler>? Target { get; set; }
    }

    sealed class ForwardingHandler(CallbackRelay callbacks) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (callbacks.Target is not { } target)
            {
                return new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable);
            }

            using var invoker = new HttpMessageInvoker(target(), disposeHandler: true);
            return await invoker.SendAsync(request, cancellationToken);
        }
    }
}
