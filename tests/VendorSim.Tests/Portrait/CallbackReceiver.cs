using System.Net;
using System.Text.Json;

namespace GenerationGateway.VendorSim.Tests.Portrait;

/// <summary>Stands in for the gateway's callback endpoint: records each callback the simulator sends.</summary>
public sealed class CallbackReceiver : HttpMessageHandler
{
    readonly List<(Uri Url, JsonElement Body)> _received = [];

    public IReadOnlyList<(Uri Url, JsonElement Body)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var text = await request.Content!.ReadAsStringAsync(cancellationToken);
        using var document = JsonDocument.Parse(text);
        lock (_received)
        {
            _received.Add((request.RequestUri!, document.RootElement.Clone()));
        }

        return new HttpResponseMessage(HttpStatusCode.OK);
    }
}
